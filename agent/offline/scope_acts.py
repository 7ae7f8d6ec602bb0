"""Talk of violence that is no act told as done: courts and sentences, accidents, cyber attacks, conditions, modals, denials, series and campaigns (:mod:`scope` holds the switches)."""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import bare, bare_in
from marsad.agent.offline.scope_phrases import clitic_surfaces, has_phrase, phrase_table
from marsad.agent.offline.scope_totals import _SERIES

_ANALYSIS = rules.words("scope", "analysis")
"""Research and statistics: the sentence counts or studies events, it does not tell one."""
_ELECTRONIC = rules.words("scope", "electronic_words")
_CYBER_HEADS = rules.words("scope", "cyber_heads")
"""An "electronic" adjective makes a cyber-attack only after an attack noun ("هجوم إلكتروني"، "الحرب الإلكترونية"):
a site or a mail is electronic too ("على موقعها الإلكتروني": where a ministry or a group posts its toll or claim).
Cyber and sonic adjectives make one too ("هجمات سيبرانية"، "هجمات صوتية غامضة على دبلوماسيين": no blast nor shot
told), and so does "عبر" with the internet after an indefinite attack noun ("هجمات عبر الإنترنت"; "نشرت صور الهجوم
عبر الإنترنت" only posts the pictures)."""
_ONLINE = rules.words("scope", "online_words")
_VIA = frozenset({"عبر"})
_NETWORK = frozenset({"شبكه"})
_ONLINE_HEAD_CLITICS = frozenset({"و", "ب"})
"""The clitics an attack noun done "عبر الإنترنت" may carry ("وهجمات"، "بهجمات"): not "ال"/"لل"/"ل" (a definite
noun, or the attack a posting shows)."""
_ONLINE_TOLL = rules.words("scope", "mass_toll_words")
_COURT_REACH = int(rules.number("scope", "court_reach"))
"""How many tokens before the event word a court word may stand and govern it."""
_EXECUTION_NOUNS = rules.words("scope", "execution_nouns")
_VERDICT_WORDS = rules.words("scope", "verdict_words")
_VERDICT_REACH = int(rules.number("scope", "verdict_reach"))
_VERDICT_VERBS = rules.words("scope", "verdict_verbs")
_VERDICT_VERB_REACH = int(rules.number("scope", "verdict_verb_reach"))
"""An execution noun a verdict passes or a demand asks for ("أصدرت أحكاما بإعدام ثلاثة"، "قرار إعدام"، "طالب
المعتصمون بإعدام"، "قضت المحكمة ... بإعدام"): a death sentence or a call for one, no incident. A verdict or demand
word stands up to ``verdict_reach`` tokens before the noun, a verb of ruling ("قضت") up to ``verdict_verb_reach``;
the verb "أعدم" (carried out) is never read so."""
_DEVICE_NOUNS = rules.words("scope", "device_nouns")
_FOUND_WORDS = rules.words("scope", "found_words")
_FOUND_REACH = int(rules.number("scope", "found_reach"))
_FOUND_FAR = rules.words("scope", "found_far_words")
_FOUND_FAR_REACH = int(rules.number("scope", "found_far_reach"))
"""A bomb or mine found, seized, defused or shown, no blast told ("ضبط عبوات ناسفة"، "تفكيك 3 عبوات"، "صورا لعبوات
ناسفة"، "العثور في قرى الساحل على ألغام"): a device, not an attack. A find, seizure or defusing word stands up to
``found_reach`` tokens before the device noun that opens the frame, or a verb of finding up to ``found_far_reach``
with "على" right before the noun. A blast opens its frame with its own word ("انفجار عبوة") and is never read so."""
_CEASEFIRE_BEFORE = rules.words("scope", "ceasefire_before")
"""Words before "إطلاق النار" that make it a truce ("وقف إطلاق النار")."""
_DISPLACEMENT = rules.words("scope", "displacement_words")
_DISPLACING = rules.words("scope", "displacement_verbs")
_MASSES = rules.words("scope", "displacement_masses")
"""Flight told as an attack's outcome ("نزوح"، "دفع ... عشرات الآلاف"): the attack is an offensive, a campaign."""
_DISPLACEMENT_REACH = int(rules.number("scope", "displacement_reach"))
_MODAL = rules.words("scope", "modal")
""""قد"/"ربما" before an imperfect verb: something that may happen ("قد ينطوي"، "قد يرحبون بضربة")."""
_MODAL_EXEMPT = rules.words("scope", "modal_exempt")
"""Imperfects after "قد" that hedge a fact, not the event ("الهجوم الذي قد يكون نفذه ...")."""
_MODAL_NEGATION = rules.words("scope", "modal_negation")
_MODAL_NEGATED_PREFIXES = rules.words("scope", "modal_negated_prefixes")
"""The negation "لا" between "قد" and its verb, and the first letters of the imperfect that follows it."""
_CONDITIONALS = rules.words("scope", "conditionals")
""""إذا"، "لو": the event after them is a condition."""
_CONDITIONAL_NOUNS = rules.words("scope", "conditional_nouns")
""""حال"، "حالة" after "في": "في حال" (in case)."""
_NEGATED_VERBS = rules.words("scope", "negated_occurrence_verbs")
_NEGATED_FILLERS = rules.words("scope", "negated_occurrence_fillers")
"""Verbs of occurring or being reported after "لم", and the words that may stand between them and the event ("ولم
ترد أي أنباء عن وقوع انفجارات"، "ولم يحدث أي انفجار"): the event did not happen, or was not reported."""
_SERIES_MEMBER = rules.words("scope", "series_member_words")
"""Words that make an attack noun after a series word a member of it ("الأحدث ضمن سلسلة هجمات"، "في إطار موجة
تفجيرات"): the series is named to compare, not told as an incident."""
_DEPICTION = rules.words("scope", "depiction_nouns")
"""Nouns of pictures right before an indefinite attack noun ("مشاهد إعدام"، "مقاطع تفجير"): violence shown in
general, not an incident told."""
_PURPOSE = rules.words("scope", "purpose_words")
""""حتى"، "كي"، "لكي" before "لا": the event after them is what an act is meant to avoid."""
_CAMPAIGN_NOUNS = rules.words("scope", "campaign_nouns")
"""A campaign of an act ("حملات اختطاف واسعة"، "حملة اغتيالات"): many acts over days, not one incident."""
_ELECTRONIC_SURFACES = clitic_surfaces(_ELECTRONIC)
_CYBER_SURFACES = clitic_surfaces(_CYBER_HEADS)
_ANALYSIS_SURFACES = clitic_surfaces(_ANALYSIS)
_JUDICIAL = phrase_table(rules.words("scope", "judicial_words") | rules.words("scope", "judicial_phrases"))
"""A sentence a court passed and the state carried out ("طبقت السلطات حكم القتل تعزيرا على مدان"، "تنفيذ حكم
المحكمة بإعدام مسلح"، "حد الحرابة"، "قصاصا"): a judicial execution, and the crime it punished is a case told as its
ground, not the news of an attack."""
_ACCIDENT_WORDS = phrase_table(rules.words("scope", "accident_words"))
""""عرضي" and its forms: an event told as accidental ("انفجار عرضي في مصنع"، "لأسباب عرضية")."""
_ACCIDENT_PHRASES = phrase_table(rules.words("scope", "accident_phrases"))
"""A crash or a traffic accident ("تحطم مروحية عسكرية"، "في حادث سير"): deaths with no attacker. Only the indefinite
aircraft: "وتحطمت الطائرة في 17 يوليو" refers back to a plane the article told of, maybe shot down."""
_SHOT_CUES = clitic_surfaces(rules.words("scope", "accident_shot_cues"))
"""Words that make a crash part of an attack: shot down ("أسقطت بصاروخ"، "بنيران"، "استهدافها"), or a warplane
lost while it bombed ("تحطم طائرة حربية خلال قصفها مدينة"): its toll is the strike's."""
_ACCIDENT_TIME = rules.words("scope", "accident_time_before")
"""An accident that only times the event ("استدعي الاثنان إثر حادث مرور" and were then shot at)."""


def is_judicial(words: list[str]) -> bool:
    """True for a sentence that tells a judicial execution (:data:`_JUDICIAL`)."""
    return has_phrase(words, 0, len(words), _JUDICIAL)


def is_accident(words: list[str]) -> bool:
    """True for a sentence that tells an accident: an event called accidental ("قتل شخصان في انفجار عرضي"), or a
    crash or traffic accident ("قتل جندي في تحطم مروحية"، "أصيب ثلاثة في حادث مروري") that nothing in the sentence
    tells was shot down, and that does not only time another event ("بعد وقوع حادث سير")."""
    if has_phrase(words, 0, len(words), _ACCIDENT_WORDS):
        return True
    if _ACCIDENT_PHRASES.keys().isdisjoint(words) or not _SHOT_CUES.isdisjoint(words):
        return False
    for x, w in enumerate(words):
        if any(tuple(words[x + 1:x + 1 + len(rest)]) == rest for rest in _ACCIDENT_PHRASES.get(w, ())) \
                and not any(b in _ACCIDENT_TIME for t in words[max(0, x - 2):x] for b in bare(t)):
            return True
    return False


def cyber_at(words: list[str], i: int) -> bool:
    """True when the attack noun before ``i`` is qualified there as electronic, cyber or sonic, or done "عبر
    الإنترنت" (:func:`_online_at`)."""
    if not i or words[i - 1] not in _CYBER_SURFACES:
        return False
    return words[i] in _ELECTRONIC_SURFACES or _online_at(words, i)


def _online_at(words: list[str], i: int) -> bool:
    """True when "عبر" at ``i`` with the internet after it ("عبر الإنترنت"، "عبر شبكة الإنترنيت") qualifies the
    attack noun before it: an indefinite noun with no "ل" of whose showing ("تسجيلا مصورا للهجوم عبر الإنترنت"، "صور
    الهجوم عبر الإنترنت" post a real attack's pictures), no picture noun before it ("فيديو هجوم عبر الإنترنت"), in a
    sentence that tells no toll ("قتل خمسة جنود في هجوم ..."): a blast or a death is no cyber-attack."""
    if words[i] not in _VIA:
        return False
    k = i + 2 if i + 2 < len(words) and words[i + 1] in _NETWORK else i + 1
    head = words[i - 1][1:] if words[i - 1][:1] in _ONLINE_HEAD_CLITICS else words[i - 1]
    if k >= len(words) or words[k] not in _ONLINE or head not in _CYBER_HEADS or head.startswith("ال"):
        return False
    return not (i >= 2 and bare_in(words[i - 2], _DEPICTION)) and not any(bare_in(w, _ONLINE_TOLL) for w in words)


def cyber_told(words: list[str]) -> bool:
    """True for a sentence that tells a cyber-attack (:func:`_cyber`, whatever the switch)."""
    return not (_ELECTRONIC_SURFACES.isdisjoint(words) and _ONLINE.isdisjoint(words)) and any(
        cyber_at(words, i) for i in range(1, len(words)))


_SENTENCE_VERBS = frozenset({"حكم", "حكمت", "يحكم", "تحكم", "يحكمون", "حكموا"})
"""A verdict's verbs; "على" right after them (or after the court) names the convicted ("حكم على"), not a ruler
("حكم البلاد")."""


def sentenced_on(words: list[str], i: int) -> bool:
    """True when a verdict verb followed by "على" within two tokens (:data:`_SENTENCE_VERBS`) stands up to ``court_reach`` tokens
    before the event word at i ("وحكمت المحكمة على ثلاثة بالسجن بتهمة خطف"، "حكم على الضابط بتهم قتل")."""
    return any(any(y < i and words[y] in {"علي", "على"} for y in (x + 1, x + 2))
               and bare_in(words[x], _SENTENCE_VERBS) for x in range(max(0, i - _COURT_REACH), i))


def sentenced(words: list[str], i: int) -> bool:
    """True when the word at i is an execution noun a verdict passes or a demand asks for (:data:`_VERDICT_WORDS`
    within ``verdict_reach`` tokens before it, :data:`_VERDICT_VERBS` within ``verdict_verb_reach``)."""
    if i >= len(words) or not bare_in(words[i], _EXECUTION_NOUNS):
        return False
    return any(b in _VERDICT_WORDS for w in words[max(0, i - _VERDICT_REACH):i] for b in bare(w)) or any(
        b in _VERDICT_VERBS for w in words[max(0, i - _VERDICT_VERB_REACH):i] for b in bare(w))


def depicted(words: list[str], i: int) -> bool:
    """True when the indefinite attack noun at i is what pictures show in general: a noun of pictures right before
    it ("عرض عليهم فيديوهات عنف بما فيها مشاهد إعدام"), no toll in the sentence and nothing definite after it. Pictures
    of one incident tell its toll or name it ("صور تفجير البلدة الذي أسفر عن مقتل 32"): that incident stays."""
    return i > 0 and not words[i].startswith("ال") and bare_in(words[i - 1], _DEPICTION) \
        and not any(w.isdigit() for w in words) \
        and not (i + 1 < len(words) and words[i + 1].startswith("ال"))


def is_ceasefire(words: list[str], i: int) -> bool:
    """True when the event word at i is the object of a truce ("وقف لإطلاق النار"، "هدنة")."""
    return any(b in _CEASEFIRE_BEFORE for w in words[max(0, i - 2):i] for b in bare(w))


def device_found(words: list[str], i: int) -> bool:
    """True when the frame opens at a device noun (:data:`_DEVICE_NOUNS`) told as found, seized, defused or shown
    (:data:`_FOUND_WORDS` within ``found_reach`` tokens before it; :data:`_FOUND_FAR` within ``found_far_reach``
    with "على" right before the noun)."""
    if i >= len(words) or not bare_in(words[i], _DEVICE_NOUNS):
        return False
    if any(b in _FOUND_WORDS for w in words[max(0, i - _FOUND_REACH):i] for b in bare(w)):
        return True
    return i > 0 and words[i - 1] in {"علي", "على"} and any(
        b in _FOUND_FAR for w in words[max(0, i - _FOUND_FAR_REACH):i] for b in bare(w))


def in_series(words: list[str], i: int) -> bool:
    """True when the attack noun at i is a series another attack is told as a member of: a series word just before
    it ("سلسلة"، "موجة") and a word of membership just before that ("ويأتي الهجوم ضمن سلسلة هجمات ضربت المنطقة"،
    "في إطار موجة تفجيرات"). The series is many attacks named in passing; the member is told on its own."""
    return i >= 2 and bare_in(words[i - 1], _SERIES) \
        and any(b in _SERIES_MEMBER for w in words[max(0, i - 3):i - 1] for b in bare(w))


def is_negated(words: list[str], i: int) -> bool:
    """True when the event word at i is what "لم" says did not occur or was not reported: a verb of occurring or
    reporting after "لم"/"ولم", with at most four filler words between it and the event ("ولم ترد أي أنباء عن
    وقوع انفجارات"، "ولم يحدث أي انفجار")."""
    x = i - 1
    while x >= 0 and i - x <= 5 and words[x] in _NEGATED_FILLERS:
        x -= 1
    return x >= 1 and bare_in(words[x], _NEGATED_VERBS) and words[x - 1] in {"لم", "ولم"}


def is_campaign(words: list[str], i: int, j: int) -> bool:
    """True when an attack word is told by the flight it caused: an offensive that drives masses out ("ودفع هجوم
    القوات آلاف السكان إلى الفرار صوب الحدود"، "هجوم أدى إلى نزوح آلاف العائلات"). That is a campaign over days and
    places, and the border they fled to is not where anything was hit. A toll told with it still makes a record
    (the caller keeps counted frames)."""
    after = [b for w in words[j:j + _DISPLACEMENT_REACH] for b in bare(w)]
    if not _DISPLACEMENT.isdisjoint(after):
        return True
    if i > 0 and bare_in(words[i - 1], _CAMPAIGN_NOUNS):
        return True  # "تقوم بحملات اختطاف واسعة": a campaign of the act
    driven = any(b in _DISPLACING for w in words[max(0, i - 2):i] for b in bare(w)) or any(
        b in _DISPLACING for w in words[j:j + 2] for b in bare(w))
    return driven and not _MASSES.isdisjoint(after)


def is_conditional(words: list[str], i: int) -> bool:
    """True when the event word at i is what happens if something else does ("في حال أقدمت الطائرات
    على القصف"، "إذا تعرضت لهجوم"): a condition, not an event."""
    for x in range(max(0, i - 6), i):
        forms = bare(words[x])
        if not _CONDITIONALS.isdisjoint(forms):
            return True
        if words[x] == "لا" and x > 0 and bare_in(words[x - 1], _PURPOSE):
            return True  # "كي لا تلقى حتفها تحت صواريخ الطائرات": what an act is meant to avoid
        if x > 0 and not _CONDITIONAL_NOUNS.isdisjoint(forms) and any(b == "في" for b in bare(words[x - 1])):
            return True
    return False


def is_modal(words: list[str], lo: int, hi: int, negated: bool = False) -> bool:
    """True when "قد" or "ربما" stands before an imperfect verb in ``[lo, hi)`` ("إن شن ضربة ... قد ينطوي على
    عواقب"، "قد يرحبون بضربة"): what may happen. "قد" before a perfect ("قد تعرض لهجوم") tells a fact, and
    "قد يكون" hedges who or why, not whether it happened. With ``negated`` (``scope.MODAL_NEGATED``), "قد لا" before
    an imperfect of any person ("قد لا تتردد في قصف"، "ربما لا يمانع في ضربات") is a possibility too: only an
    imperfect follows the negation there, so a verb opening with ت or ن is no perfect."""
    for x in range(lo, min(hi, len(words) - 1)):
        nxt = words[x + 1]
        if not bare_in(words[x], _MODAL):
            continue
        if nxt.startswith("ي") and len(nxt) > 3 and nxt not in _MODAL_EXEMPT:
            return True
        if negated and bare_in(nxt, _MODAL_NEGATION) and x + 2 < len(words):
            verb = words[x + 2]
            if len(verb) > 3 and verb[0] in _MODAL_NEGATED_PREFIXES and verb not in _MODAL_EXEMPT:
                return True
    return False


def is_analysis(words: list[str]) -> bool:
    """True when a sentence studies or counts events (research, statistics, algorithms)."""
    return not _ANALYSIS_SURFACES.isdisjoint(words)
