"""Where an agreement is written: the tokens that open a mention, and the writings that tell none.

:func:`_mentions` finds the agreement nouns and verbs, truces, handovers of security and grants of access of a
sentence, and drops those not concluded (negated, asked, refused: :func:`_not_concluded`), outside the domain
(the nuclear deal, a trade pact: :func:`_deal_nisba`, :func:`_off_topic_told`), calming rather than a truce
(:func:`_calming_something`), a place's name or a commemoration. Also a truce agreed on right after the agreement
word (:func:`_truce_agreed_on`) and a demonstrative pointing back to the agreement just told (:func:`_pointed_back`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from marsad.agent.offline import agreements_cues, rules
from marsad.agent.offline.actors import state_entry
from marsad.agent.offline.agreements_cues import (
    _ACCESS_VERBS,
    _AGREE,
    _AGREE_OWN,
    _AGREE_VERBS,
    _DEFINITE_NOUNS,
    _EXCHANGE_HEADS,
    _HALT_WORDS,
    _HALTED,
    _THAT,
    _TRUCE,
    _TRUCE_STOPS,
    ON,
    TRUCE_OWN,
    _exchange_at,
    _negation,
    _no_longer,
    _truce_at,
    party_entry,
)
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.scope import clitic_surfaces
from marsad.core.arabic import normalize

_HANDOVER_VERBS = rules.words("agreements", "handover_verbs")
_HANDOVER_OBJECTS = rules.words("agreements", "handover_objects")
CONTROL_HANDOVER = True
"""Switch (pass 45): handing over control or the running of a port, airport, crossing, base or city ("تسليم السيطرة على
ميناء X إلى الأمم المتحدة"، "أن تتسلم المنظمة إدارة وتشغيل المطار") is a handover of security as "تسليم الملف الأمني"
is (GUIDELINES §7, security_handover). Data keys handover_control (what is handed over) and handover_facilities (of
what, within four words after it); a bare place ("تسليم المدينة") is a surrender as often as a deal and opens none."""
_HANDOVER_CONTROL = rules.words("agreements", "handover_control")
_HANDOVER_FACILITIES = rules.words("agreements", "handover_facilities")


def _control_handover(words: list[str], x: int) -> bool:
    """True when the handover verb at x hands over control or the running of a facility or city (:data:`CONTROL_HANDOVER`):
    a control word at most three words after it and a facility at most four words after that."""
    if not CONTROL_HANDOVER:
        return False
    for y in range(x + 1, min(len(words), x + 4)):
        if bare_in(words[y], _HANDOVER_CONTROL):
            return any(bare_in(words[z], _HANDOVER_FACILITIES) for z in range(y + 1, min(len(words), y + 5)))
    return False


_NOT_CONCLUDED = rules.words("agreements", "not_concluded")
"""Right before the agreement word: a negation, a question or a refusal ("لا اتفاق"، "هل من اتفاق"): no agreement."""
_ACCESS_USES = rules.words("agreements", "access_uses")
_ACCESS_OBJECTS = rules.words("agreements", "access_objects")
"""A state letting another use its bases, airports or airspace ("سمحت تركيا للولايات المتحدة باستخدام قاعدة
إنجرليك"): an agreement on access, written without an agreement word."""
_OFF_TOPIC = rules.words("agreements", "off_topic")
"""Right after the agreement noun ("الاتفاق النووي"، "اتفاقية تجارية"): outside the domain, no record."""
_NEGATION_BRIDGE = rules.words("agreements", "negation_bridge")
"""Words between a negation and the agreement that carry the negation to it ("لم يتم التوصل إلى اتفاق")."""
_OFF_TOPIC_SENTENCE = rules.words("agreements", "off_topic_sentence")
"""Anywhere in the sentence ("البرنامج النووي"، "مجموعة 5+1"): an agreement there is the nuclear deal."""
_CALM_FOLLOWERS = rules.words("agreements", "calm_followers")
_CALM = rules.words("agreements", "calm_needs_party")
""""تهدئة" is a truce only in a sentence naming a side ("لتهدئة المركبات" is not)."""
_OBLIGE = rules.words("agreements", "oblige_before")
"""Verbs of obliging or demanding before "بالتهدئة" ("يلزمها بالتهدئة"، "طالبها بالتهدئة"): calm asked of one side."""
MEMO_HEADS = rules.words("agreements", "memo_heads")
"""Memo words ("مذكرة"، "مذكرات"); read once here, also by agreements_status."""
_MEMO_OBJECTS = rules.words("agreements", "memo_objects")
"""After a memo word ("مذكرة التفاهم"): an agreement word that alone is understanding in general."""
_ANNIVERSARY = rules.words("agreements", "anniversary")
"""A few words before the agreement ("ذكرى توقيع الاتفاق"): an old agreement commemorated, not news."""
_CONVENTIONS_AFTER = rules.words("agreements", "conventions_after")
_PLURAL_NOUNS = rules.words("agreements", "plural_nouns")
"""A plural agreement noun with "الدولية" after it ("الاتفاقيات الدولية"): international law, no agreement."""
_DEAL_NISBA = rules.words("agreements", "deal_nisba")
"""Alone right after a definite agreement noun ("الاتفاق الإيراني"): the nuclear deal ("الاتفاق الإيراني التركي" is not)."""
_TRUCE_PLACE_HEADS = rules.words("agreements", "truce_place_heads")
"""Right before a truce word ("قرية الهدنة" = Panmunjom): a place named after a truce, no truce told."""
_DEMONSTRATIVE_BEFORE = rules.words("agreements", "demonstrative_before")
_DEMONSTRATIVE_AFTER = rules.words("agreements", "demonstrative_after")
"""Around an agreement noun ("هذا الاتفاق"، "الاتفاق المذكور"، "الاتفاقية ذاتها"): the agreement just told, again."""

MEMO_KINDS = True
"""Switch (pass 35): a memo word right before a noun of coordination or cooperation ("مذكرة التنسيق"، "مذكرة تعاون"،
"مذكرة للتنسيق الأمني") opens an agreement mention at the memo word, as "مذكرة التفاهم" does at its second word;
other memos ("مذكرة اعتقال"، "مذكرة احتجاج") open none. Data key memo_kinds."""
_MEMO_KINDS = rules.words("agreements", "memo_kinds")


INSTRUMENT_KINDS = True
"""Switch (pass 59; narrowed by fix59b, one rule since pass 60): a protocol or treaty word right before a word of
security, defence, military matters, cooperation or non-aggression ("بروتوكول تعاون أمني"، "بروتوكولا أمنيا"، "معاهدة
دفاع مشترك"، "معاهدة عدم اعتداء") opens an agreement mention at the instrument word, as "مذكرة تعاون" does; other
protocols and treaties ("بروتوكول الاستقبال"، "معاهدة السلام" of history، "معاهدة تجارية") open none. A protocol word is
one only when it is bound between parties: a verb or noun of signing, concluding or agreeing at most six words before
it or four after ("وقع البلدان بروتوكولا عسكريا"، "البروتوكول الأمني الموقع بين البلدين"), "بين" in those words, or two
or more states told in the sentence; never the protocol of manners ("البروتوكول العسكري المتبع"، "بروتوكول
الاستقبال"), nor after "وفق"/"حسب" ("حسب البروتوكول العسكري") unless a word of signing or "بين" follows it. Treaties
need no binding. Data keys instrument_heads, instrument_kinds (two words joined with "_"), protocol_heads,
protocol_manner_before, protocol_manner_after, protocol_bound."""
_INSTRUMENT_HEADS = rules.words("agreements", "instrument_heads")
_INSTRUMENT_KINDS = rules.words("agreements", "instrument_kinds")
_PROTOCOL_HEADS = rules.words("agreements", "protocol_heads")
_PROTOCOL_MANNER_BEFORE = rules.words("agreements", "protocol_manner_before")
_PROTOCOL_MANNER_AFTER = rules.words("agreements", "protocol_manner_after")
_PROTOCOL_BOUND = rules.words("agreements", "protocol_bound")


def _protocol_unbound(ctx: DocContext, si: int, x: int) -> bool:
    """True when token x is a protocol word not bound between parties, or one of manners (:data:`INSTRUMENT_KINDS`)."""
    words = ctx.sentences[si].words
    if not INSTRUMENT_KINDS or not bare_in(words[x], _PROTOCOL_HEADS):
        return False
    after = words[x + 1:x + 5]
    if any(w in _PROTOCOL_MANNER_AFTER or f"{w}_{v}" in _PROTOCOL_MANNER_AFTER for w, v in zip(after, after[1:] + [""], strict=True)):
        return True
    if x > 0 and bare_in(words[x - 1], _PROTOCOL_MANNER_BEFORE):
        return not any(bare_in(w, _PROTOCOL_BOUND) for w in after)  # "بحسب بروتوكول التعاون الأمني بين البلدين" is one
    if any(bare_in(words[y], _PROTOCOL_BOUND) for y in range(max(0, x - 6), min(len(words), x + 5)) if y != x):
        return False
    states = {e.id for m in ctx.mentions[si] if m.kind == "places" and (e := state_entry(m)) is not None}
    return len(states) < 2


MEMO_SIGNED = True
"""Switch (pass 59): a memo word that two or more states told between it and a verb of signing before it sign ("وقعت
روسيا وتركيا مذكرة لإنشاء منطقة منزوعة السلاح"، "أبرمت مصر والسودان مذكرة بشأن الحدود") is a memorandum between them,
an agreement, whatever follows it; a memo signed by others ("وقع عشرات النواب مذكرة لاستجواب الوزير", a petition) opens
none. The verb at most six words before the memo word. Data key memo_signing_verbs."""
_MEMO_SIGNING = rules.words("agreements", "memo_signing_verbs")


def _memo_signed(ctx: DocContext, si: int, x: int) -> bool:
    """True when token x is a memo word signed by two or more states told after a verb of signing (:data:`MEMO_SIGNED`)."""
    words = ctx.sentences[si].words
    if not MEMO_SIGNED or not bare_in(words[x], MEMO_HEADS):
        return False
    verb = next((y for y in range(x - 1, max(-1, x - 7), -1) if bare_in(words[y], _MEMO_SIGNING)), None)
    if verb is None:
        return False
    states = {e.id for m in ctx.mentions[si] if m.kind == "places" and verb < m.i < x and (e := state_entry(m)) is not None}
    return len(states) >= 2


def _memo_kind(words: list[str], x: int) -> bool:
    """True when token x is a memo word and the next one a noun of coordination or cooperation (:data:`MEMO_KINDS`),
    or a protocol or treaty word and the next one (or two) a word of security or cooperation (:data:`INSTRUMENT_KINDS`)."""
    if x + 1 >= len(words):
        return False
    if MEMO_KINDS and bare_in(words[x], MEMO_HEADS) and any(b in _MEMO_KINDS for b in bare(words[x + 1])):
        return True
    if not INSTRUMENT_KINDS or not bare_in(words[x], _INSTRUMENT_HEADS):
        return False
    pair = f"{words[x + 1]}_{words[x + 2]}" if x + 2 < len(words) else ""
    return pair in _INSTRUMENT_KINDS or any(b in _INSTRUMENT_KINDS for b in bare(words[x + 1]))


CONSENSUS_SOUGHT = True
"""Switch (pass 59; narrowed by fix59b, one rule since pass 60): "توافق" right after a noun of seeking, building or
lacking it is a consensus wished for or missing, not an agreement reached or proposed between sides. The purpose forms
("لتحقيق التوافق"، "لإيجاد توافق") and the nouns of lacking ("في غياب التوافق") tell it by themselves; the bare nouns
("تحقيق"، "إيجاد"، "بإيجاد") only after a word of seeking, calling, need or condition at most five words before ("دعا إلى
إيجاد توافق"، "من أجل تحقيق توافق"، "إذا نجحنا في إيجاد توافق"). A consensus achieved ("نجحت الوساطة في تحقيق توافق بين
الجيش والقبائل"، "بعد إيجاد توافق") and "تم التوافق على" are ones reached. Data keys consensus_words, consensus_sought,
consensus_purpose, consensus_absent, consensus_seeking."""
_CONSENSUS = rules.words("agreements", "consensus_words")
_CONSENSUS_SOUGHT = rules.words("agreements", "consensus_sought")
_CONSENSUS_PURPOSE = rules.words("agreements", "consensus_purpose")
_CONSENSUS_ABSENT = rules.words("agreements", "consensus_absent")
_CONSENSUS_SEEKING = rules.words("agreements", "consensus_seeking")


def _consensus_sought(words: list[str], x: int) -> bool:
    """True when the consensus word at x is sought or missing, not reached (:data:`CONSENSUS_SOUGHT`)."""
    if not CONSENSUS_SOUGHT or x < 1 or not bare_in(words[x - 1], _CONSENSUS_SOUGHT):
        return False
    noun = words[x - 1]
    if noun in _CONSENSUS_PURPOSE or noun in _CONSENSUS_ABSENT:
        return True
    return any(bare_in(words[y], _CONSENSUS_SEEKING) for y in range(max(0, x - 6), x - 1))


TAKEOVER = True
"""Switch (pass 62): taking over the running of security or the security file ("على أن تتولى البلدية إدارة أمن السوق"،
"تتولى الشرطة المحلية مسؤولية الأمن"، "تولي الملف الأمني") is a handover of security as "تسلم الملف الأمني" is
(GUIDELINES §7, security_handover). The verb (data key takeover_verbs) must govern a word of running or charge
(takeover_charge: "إدارة"، "مسؤولية"، "مهام") followed by "أمن", or "الملف الأمني", within four words: "تولى وزارة
الأمن" (a post) or "تولى منصبه" is no handover. The sentence must tell a handover (review62 finding 13): an agreement
word or a verb of handing over before the verb, "على أن" right before it, or a withdrawal after it ("بعد انسحاب
الجيش"); an officer taking a post ("تولى مسؤولية الأمن في المنطقة عام 2008"), one succeeding another ("خلفا لـ"،
"بدلا من") and a group running a town it has seized ("بعد سيطرته عليها") are no handover."""
_TAKEOVER = rules.words("agreements", "takeover_verbs")
_TAKEOVER_CHARGE = rules.words("agreements", "takeover_charge")
_SECURITY_WORDS = frozenset({"امن", "الامن", "الامنيه", "الامني"})
_TAKEOVER_AFTER = frozenset(normalize(w) for w in ("انسحاب", "انسحابه", "انسحابها", "انسحابهم", "خروج", "رحيل"))
"""After the verb of taking over: the force that leaves, so the charge is handed over."""
_NO_TAKEOVER_AFTER = frozenset(normalize(w) for w in ("خلفا", "بدلا", "سيطرته", "سيطرتها", "سيطرتهم", "سيطرة",
                                                       "السيطرة", "استيلائه", "استيلائها", "احتلاله", "احتلالها"))
"""After the verb of taking over: one succeeds another in a post, or a group runs what it has seized."""


def _takeover_at(words: list[str], x: int) -> bool:
    """True when the verb of taking over at x takes over the running of security (:data:`TAKEOVER`) in a sentence
    that tells a handover."""
    if not TAKEOVER or not bare_in(words[x], _TAKEOVER) or not _takeover_charge(words, x):
        return False
    after = words[x + 1:x + 12]
    if any(bare_in(w, _NO_TAKEOVER_AFTER) for w in after):
        return False  # "خلفا للعقيد"، "بعد سيطرته عليها": a post, or a seizure
    if any(bare_in(w, _TAKEOVER_AFTER) for w in after):
        return True  # "تتولى الشرطة مسؤولية الأمن بعد انسحاب الجيش"
    if x > 1 and words[x - 2] in ON and words[x - 1] == "ان":
        return True  # "على أن تتولى البلدية إدارة أمن السوق"
    return any(bare_in(w, _AGREE) or bare_in(w, _HANDOVER_VERBS) for w in words[:x])  # "اتفاق ... يقضي بتولي"


def _takeover_charge(words: list[str], x: int) -> bool:
    """True when the verb of taking over at x governs the running of security or the security file."""
    for y in range(x + 1, min(len(words) - 1, x + 4)):
        if bare_in(words[y], _TAKEOVER_CHARGE) and words[y + 1] in _SECURITY_WORDS:
            return True  # "إدارة أمن المدينة"، "مسؤولية الأمن"، "المهام الأمنية"
        if words[y] in {"الملف", "ملف"} and words[y + 1] in _SECURITY_WORDS:
            return True  # "الملف الأمني"
    return False


_TRIGGER_FORMS = _HANDOVER_VERBS | _TAKEOVER | _AGREE | _AGREE_OWN | _TRUCE | TRUCE_OWN | {t.split("_")[0] for t in _TRUCE} | _ACCESS_VERBS | _HALT_WORDS | _MEMO_OBJECTS \
    | _EXCHANGE_HEADS | MEMO_HEADS | _INSTRUMENT_HEADS
"""Forms a token must have (:func:`bare`) to open an agreement mention: a handover verb, an agreement
word, a truce word or the first word of a two-word truce."""


_TRIGGER_SURFACES = clitic_surfaces(_TRIGGER_FORMS)


@lru_cache(maxsize=65536)
def _may_open(word: str) -> bool:
    """True when ``word`` can open an agreement mention (most tokens cannot: they are skipped at once)."""
    return not _TRIGGER_FORMS.isdisjoint(bare(word))


def _mentions(ctx: DocContext, si: int, off_topic: Callable[[], bool]) -> list[tuple[int, int, bool]]:
    """(start, end, is_handover) token ranges of agreement words in sentence ``si``; ``off_topic()`` tells, once per
    document, whether the article tells of an agreement outside the domain (``_off_topic_told``)."""
    words = ctx.sentences[si].words
    if _TRIGGER_SURFACES.isdisjoint(words):
        return []  # most sentences: no token can open a mention
    nuclear = any(w in _OFF_TOPIC_SENTENCE or f"{w}_{v}" in _OFF_TOPIC_SENTENCE for w, v in zip(words, words[1:] + [""], strict=True))
    parties_named = any(m.kind == "actors" and party_entry(m.entry) for m in ctx.mentions[si]) or any(
        m.kind == "places" and state_entry(m) is not None for m in ctx.mentions[si])
    out = []
    skipped = (-1, -1)
    for x, w in enumerate(words):
        if not _may_open(w):
            continue
        forms = bare(w)
        if not _HANDOVER_VERBS.isdisjoint(forms) and (any(
                words[y] in _HANDOVER_OBJECTS or (words[y].startswith("ال") and words[y][2:] in {"ملف", "امن"})
                for y in range(x + 1, min(len(words), x + 4))) or _control_handover(words, x)) or _takeover_at(words, x):
            if not _not_concluded(words, x):
                out.append((x, x + 1, True))  # "لن تسلم أمن الحدود"، "رفض تسليم الملف الأمني": refused, none
        elif not _ACCESS_VERBS.isdisjoint(forms):
            if _access_at(words, x):
                out.append((x, x + 1, False))
        elif any(b in _AGREE or agreements_cues.SIDES_OWN and b in _AGREE_OWN for b in forms) or _truce_at(words, x) or _exchange_at(words, x) or (
                w in _MEMO_OBJECTS and x > 0 and bare_in(words[x - 1], MEMO_HEADS)) or (_memo_kind(words, x) and not _protocol_unbound(ctx, si, x)) or (
                _memo_signed(ctx, si, x) and not (x + 1 < len(words) and words[x + 1] in _MEMO_OBJECTS)):
            if out and x - out[-1][1] <= 2 and not out[-1][2]:
                continue
            if any(w in _OFF_TOPIC for w in words[x + 1:x + 3]) or _deal_nisba(words, x):
                continue  # "الاتفاق النووي"، "اتفاقية تجارية"، "الاتفاق الإيراني": outside the domain
            if nuclear and not _truce_at(words, x):
                continue  # an agreement in a sentence about a nuclear programme: the nuclear deal
            if not _CALM.isdisjoint(bare(w)) and (not parties_named or w.startswith("ك") or _calming_something(words, x)
                                                     or off_topic()):
                continue  # "لتهدئة المركبات"، "تهدئة مخاوف الحليف": calming, not a truce; in a story of the nuclear
                # deal, "التهدئة مع إيران" is appeasement
            if w in _PLURAL_NOUNS and x + 1 < len(words) and words[x + 1] in _CONVENTIONS_AFTER:
                continue  # "الحماية المقررة في الاتفاقيات الدولية": international law
            if not _AGREE_VERBS.isdisjoint(forms) and x + 2 < len(words) and words[x + 1] in ON and words[x + 2] == "ان" and (
                    x + 3 < len(words) and words[x + 3].startswith("ال")):
                continue  # "واتفقوا على أن الأزمة في المنطقة ليست طائفية": a view shared, no agreement ("اتفقوا على
                # أن تنسق القوات عملياتها" agrees on an act)
            if w in _CONSENSUS and _consensus_sought(words, x):
                continue  # "إيجاد توافق دولي حول الأزمة"، "في غياب التوافق": consensus sought or missing, no agreement
            if x > 0 and words[x - 1] in _TRUCE_PLACE_HEADS and _truce_at(words, x):
                continue  # "قرية الهدنة الحدودية": a place's name
            if any(words[y] in _ANNIVERSARY for y in range(max(0, x - 3), x)):
                continue  # "إحياءً لذكرى إبرام اتفاق الهدنة": a commemoration of an old agreement
            if _not_concluded(words, x) or (x > 0 and (x - 1, x) == skipped):
                skipped = (x, x + 1)  # "بأي اتفاق للهدنة": the truce word after is not concluded either
                continue  # "ليس هناك اتفاقية"، "لا اتفاق"، "هل من هدنة"، "لم يتم التوصل لاتفاق": not concluded
            out.append((x, x + 1, False))
    # "اتفقتا على تسليم الملف الأمني": the agreeing and the handover are one agreement
    handovers = [m for m in out if m[2]]
    return [m for m in out if m[2] or not any(0 <= h[0] - m[1] <= 6 for h in handovers)]


def _truce_agreed_on(words: list[str], j: int) -> bool:
    """True when what is agreed on right after the agreement word is a truce ("اتفقوا على هدنة"، "توصلا إلى اتفاق
    حول وقف إطلاق النار"): the truce word itself opens no mention so close after the verb."""
    y = j
    while y < min(len(words), j + 2) and words[y] in _ON:
        y += 1
    return y > j and y < len(words) and _truce_at(words, y) and not (not _CALM.isdisjoint(bare(words[y])) and (
        not CALM_AGREED_ON or _calming_something(words, y)))  # "اتفقوا على تهدئة الأوضاع" calms; "توافق على التهدئة مع" is a truce


CALM_AGREED_ON = True
"""Switch: "تهدئة" agreed on is a truce unless it governs what is calmed (:func:`_calming_something`)."""
_ON = ON | frozenset({"الي", "حول", "بشان"})
"""Between an agreement word and what is agreed (normalised: "على"، "إلى"، "حول"، "بشأن")."""


def _not_concluded(words: list[str], x: int) -> bool:
    """True when a negation, question or refusal comes right before token x, or before it across the
    words that carry it to the agreement ("لم يتم التوصل إلى اتفاق"، "رفض تأكيد التوصل إلى هدنة")."""
    if _no_longer(words, x):
        return False  # "لم يعد للهدنة أي معنى": it was, and holds no more (stalled)
    if _negated_keeping(words, x):
        return False  # "عدم الالتزام بالهدنة"، "لم يلتزموا باتفاق التهدئة": the keeping is negated, the agreement was reached
    if any(b in _NOT_CONCLUDED for w in words[max(0, x - 2):x] for b in bare(w)):
        return True
    if _negated_reach(words, x):
        return True
    y = x - 1
    while y >= 0 and x - y <= 5 and bare_in(words[y], _NEGATION_BRIDGE):
        y -= 1
    return y >= 0 and y < x - 1 and (bare_in(words[y], _NOT_CONCLUDED) or _negation(words[y]))


NEGATED_KEEPING = True
"""Switch (pass 51): a negation that governs keeping to or carrying out the agreement, right before the agreement word
("عدم الالتزام بالهدنة"، "لم يلتزموا باتفاق التهدئة"، "بعدم التقيد ببنود الاتفاق"، "عدم تنفيذ الاتفاق الأمني"، "لم
تحترم الهدنة") negates the keeping, not the agreement: it was reached and is violated or not carried out (GUIDELINES
§7: implementing when violated but standing, stalled when not carried out), not "no agreement". Data keys adhere,
adhere_objects, carry_out, carry_out_verbs, adhere_negated (the jussive, read only here: after "أن" the same spelling is
the subjunctive of a call to keep it, "دعا الطرفين إلى أن يلتزما بالهدنة"), not_keeping (لم، لا، عدم: "لن تلتزم بالهدنة"
refuses a truce, it is none in force)."""
_ADHERE = rules.words("agreements", "adhere") | rules.words("agreements", "adhere_negated")
_NOT_KEEPING = rules.words("agreements", "not_keeping")
_ADHERE_OBJECTS = rules.words("agreements", "adhere_objects")
_CARRY_OUT = rules.words("agreements", "carry_out")
_CARRY_OUT_VERBS = rules.words("agreements", "carry_out_verbs")


def _negated_keeping(words: list[str], x: int) -> bool:
    """True when the word before the agreement word at x (or before its terms, "ببنود") is a word of keeping to or
    carrying out, and a negation governs that word (:data:`NEGATED_KEEPING`)."""
    if not NEGATED_KEEPING:
        return False
    y = x - 1
    if y > 0 and words[y] in _ADHERE_OBJECTS:
        y -= 1  # "عدم الالتزام ببنود الاتفاق": the terms are kept to
    if y < 1 or not (bare_in(words[y], _ADHERE) or bare_in(words[y], _CARRY_OUT) or bare_in(words[y], _CARRY_OUT_VERBS)):
        return False
    w = words[y - 1]
    return w in _NOT_KEEPING or (w[:1] in "وف" and w[1:] in _NOT_KEEPING) or bare_in(w, _NOT_KEEPING)


def _negated_reach(words: list[str], x: int) -> bool:
    """True when a negated verb of reaching, agreeing or signing comes a few words before token x with its subject
    between ("ولم تتوصل الأطراف الليبية إلى اتفاق"، "لم يوقع الطرفان أي هدنة"): nothing was concluded."""
    for y in range(max(0, x - _NEG_REACH), x - 2):
        if _negation(words[y]) and words[y + 1] in _REACH_VERBS:
            return not any(_negation(w) or w in _REACH_VERBS or w in _THAT for w in words[y + 2:x])
    return False


_ACCEPT_VERBS = frozenset(normalize(w) for w in (
    "توافق", "يوافق", "توافقا", "يوافقا", "يوافقوا", "تقبل", "يقبل", "تقبلا", "يقبلا", "يقبلوا"))
"""Imperfect verbs of accepting ("لم توافق الحركة على التهدئة"، "لن يقبل الجيش بالهدنة"): negated, nothing was
concluded either."""
_REACH_VERBS = rules.words("agreements", "reach_verbs") | _ACCEPT_VERBS
"""Imperfect verbs of reaching, agreeing, signing and accepting that a negation governs ("تتوصل"، "يتفق"، "يوقع"،
"توافق")."""
_NEG_REACH = 7
"""Words back from an agreement word to its negated verb when the subject comes between."""


def _calming_something(words: list[str], x: int) -> bool:
    """True when "تهدئة" at x governs an object ("تهدئة مخاوف"، "تهدئة الأسواق"): the verbal noun of calming.
    A truce stands alone or is followed by its sides, place or time ("التهدئة بين"، "تهدئة في غزة")."""
    if x > 0 and words[x].startswith("و") and words[x - 1].startswith(("لل", "ال")) and not any(
            b in _AGREE or b in _TRUCE or b in _HALTED for b in bare(words[x - 1])):
        return True  # "للتطمين والتهدئة": calming joined to another verbal noun, not a truce
    if words[x].startswith("ب") and any(b in _OBLIGE for w in words[max(0, x - 4):x] for b in bare(w)):
        return True  # "شروط يلزمها بالتهدئة"، "وطالب الوزير الحركة بالتهدئة": calm demanded of a side, no truce
    if x + 1 >= len(words) or (x > 0 and bare_in(words[x - 1], _AGREE)):
        return False  # "اتفاق تهدئة"، "تفاهم التهدئة"; or the sentence ends
    nxt = words[x + 1]
    return not (nxt in _TRUCE_STOPS or nxt in _CALM_FOLLOWERS or nxt[:1] in "لبو" or any(
        b in _TRUCE or b in _AGREE for b in bare(nxt)))


def _access_at(words: list[str], x: int) -> bool:
    """True when a permission verb at x lets someone use bases, airports or airspace within a few words, or lets
    them strike from one ("السماح للقوات الفرنسية بتنفيذ غارات على المتمردين انطلاقا من قاعدة": :func:`_launch_from`)."""
    if bare_in(words[x], _OPEN_VERBS):
        return ACCESS_OPEN and _opened_to(words, x)
    reach = _USE_REACH_RELATIVE if ACCESS_LAUNCH and any(w in _RELATIVES for w in words[x + 1:x + 5]) else 6
    # "السماح لطائرات القوة التي تقودها بريطانيا باستخدام المطار": a relative clause on who is let in
    use = next((y for y in range(x + 1, min(len(words), x + reach)) if bare_in(words[y], _ACCESS_USES)), None)
    if use is not None and any(bare_in(w, _ACCESS_OBJECTS) for w in words[use + 1:use + 5]):
        return True
    return ACCESS_LAUNCH and _launch_from(words, x)


ACCESS_LAUNCH = True
"""Switch: a permission to launch strikes or deploy from a base, airport or port is a grant of access
(:func:`_launch_from`), and "باستخدام" may come after a relative clause on who is let in (A/B measurement)."""
_ACCESS_LAUNCH = rules.words("agreements", "access_launch")
"""After a permission verb: launching strikes or deploying ("بشن"، "بتنفيذ"، "غارات"، "بنشر")."""
ACCESS_OPEN = True
"""Switch: opening a base, airport or airspace to another ("فتح قاعدة ... أمام سلاح الجو") is a grant of access
(:func:`_opened_to`) (A/B measurement)."""
_ACCESS_MILITARY = rules.words("agreements", "access_military")
"""Right after "أمام": the forces or warplanes a base is opened to ("أمام طائرات"، "أمام سلاح الجو")."""
_WAY = frozenset({"المجال", "مجال", "والمجال"})
"""An access object that is also "the way" ("فتح المجال أمام"): an airspace only with "الجوي" after it."""
_OPEN_VERBS = frozenset(normalize(w) for w in ("فتح", "فتحت", "تفتح", "يفتح"))
"""Verbs of opening among the permission verbs: access only when a base is opened to someone."""


def _opened_to(words: list[str], x: int) -> bool:
    """True when an opening verb at x takes a base, airport or airspace within two words and "أمام" follows it
    within four, then forces or warplanes ("أعلنت فتح قاعدتها الجوية أمام طائرات التحالف"): that base is opened to
    someone's forces. Not "فتح المجال أمام" (making way for) nor an airport opened to civil flights."""
    obj = next((y for y in range(x + 1, min(len(words), x + 3)) if bare_in(words[y], _ACCESS_OBJECTS)), None)
    if obj is None or "امام" not in words[obj + 1:obj + 5]:
        return False
    if words[obj] in _WAY and not (obj + 1 < len(words) and words[obj + 1] == "الجوي"):
        return False  # "فتح المجال أمام القوات": making way for them, not an airspace opened
    at = words.index("امام", obj + 1)
    return any(w in _ACCESS_MILITARY or f"{w}_{v}" in _ACCESS_MILITARY
               for w, v in zip(words[at + 1:at + 3], words[at + 2:at + 4] + [""], strict=False))


_USE_REACH_RELATIVE = 10
"""Words after the permission verb where "باستخدام" may come when a relative clause tells who is let in."""
_RELATIVES = rules.words("agreements", "relative_pronouns")
_LAUNCH_REACH = 4
"""Words after the permission verb where the launching word may come ("السماح للقوات الأمريكية بشن")."""
_FROM_REACH = 12
"""Words after the permission verb where "من" and the base may come (the strikes and their target told between)."""


def _launch_from(words: list[str], x: int) -> bool:
    """True when a permission verb at x is followed by a launching word and then "من" right before a base,
    airport or port ("سمحت لطائراته بتنفيذ غارات على مواقع التنظيم من مطار عسكري"): access written without
    "استخدام"."""
    launch = next((y for y in range(x + 1, min(len(words), x + 1 + _LAUNCH_REACH))
                   if bare_in(words[y], _ACCESS_LAUNCH)), None)
    if launch is None:
        return False
    return any(words[y] == "من" and bare_in(words[y + 1], _ACCESS_OBJECTS)
               for y in range(launch + 1, min(len(words) - 1, x + 1 + _FROM_REACH)))


def _pointed_back(words: list[str], i: int, j: int) -> bool:
    """True when a demonstrative points the agreement noun at i back to one already told ("هذا الاتفاق"،
    "من هذه الاتفاقية"، "الاتفاق المذكور"، "الاتفاقية ذاتها")."""
    if not any((b in _AGREE or b in _MEMO_OBJECTS) and b not in _AGREE_VERBS and not b.startswith("متفق") for b in bare(words[i])):
        return False  # a noun of agreement only ("اتفقت هذه الدول" is a verb)
    return (i > 0 and words[i - 1] in _DEMONSTRATIVE_BEFORE) or (j < len(words) and words[j] in _DEMONSTRATIVE_AFTER)


def _off_topic_told(ctx: DocContext) -> bool:
    """True when the article tells of an agreement outside the domain ("الاتفاق النووي"، "اتفاقية تجارية"): an
    agreement of no security kind there is most likely that one, told again without its adjective."""
    for s in ctx.sentences:
        words = s.words
        for x, w in enumerate(words):
            if _may_open(w) and bare_in(w, _AGREE) and (
                    any(v in _OFF_TOPIC for v in words[x + 1:x + 3]) or not _OFF_TOPIC_SENTENCE.isdisjoint(words)
                    or _deal_nisba(words, x)):
                return True
    return False


def _deal_nisba(words: list[str], x: int) -> bool:
    """True when a definite agreement noun at x is followed by a state's adjective alone ("الاتفاق الإيراني")."""
    return bare_in(words[x], _DEFINITE_NOUNS) and x + 1 < len(words) and words[x + 1] in _DEAL_NISBA \
        and not (x + 2 < len(words) and words[x + 2].startswith("ال") and words[x + 2].endswith("ي"))
