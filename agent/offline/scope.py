"""Is a frame one event that happened? Talk about attacks that is not an attack, and places outside Iraq.

News about violence is full of mentions that are not events: plans and arrests ("اعتقلت
الشرطة رجلا كان يخطط لهجوم"), threats and warnings ("هجوم محتمل"، "هدد باستهداف"),
charges in court ("بتهمة تفجير"), research and statistics ("حللت الدراسة 2,200 حادثة
خلال عام 2014"), and tolls summed over a campaign ("مقتل 260 مسلحا خلال أسبوع من
الغارات"). These rules tell them apart from one event, from the words of the frame only.
They also find places written as outside Iraq ("في غزة"، "في مدينة أضنة التركية") so
that an Iraqi gazetteer word elsewhere in the sentence is not taken for the event's place.
"""

from __future__ import annotations

from marsad.agent.offline.context import bare, word_set
from marsad.agent.offline.mentions import FOREIGN_NISBA

__all__ = ["PLAN_WORDS", "is_hypothetical", "is_analysis", "is_aggregate", "foreign_places", "foreign_place_after"]

PLAN_WORDS = word_set(
    "يخطط يخططون يخططان تخطط خطط خططوا التخطيط للتخطيط مخطط مخططا يعتزم يعتزمون ينوي ينوون يسعى يسعون تسعى "
    "لتنفيذ لشن اعتقل اعتقلت اعتقال اعتقلوا القبض بتهمه تهمه بتهم اتهامات تتعلق المتهم المتهمين متهم متهمين "
    "يحرض تحريض تحرض اي"
)
"""Words just before an event word that make it a plan, an arrest, a charge or any attack ("أي هجوم")."""

_THREATS = word_set("هدد يهدد تهدد هددت هددوا مهددا توعد يتوعد تتوعد توعدت متوعدا")
"""Threat verbs govern the whole clause after them ("هدد التنظيم على مواقع التواصل باستهداف ...")."""

_HYPOTHETICAL_AFTER = word_set("محتمل محتمله محتملا محتملين محتملة المحتمل المحتمله مرتقب مرتقبه وشيك وشيكه "
                               "المقبله المقبل القادمه القادم مستقبليه مستقبلا")
"""Words just after an event word that make it a possibility or a future event ("هجوم محتمل")."""

_ANALYSIS = word_set("حلل حللت تحليل التحليل دراسه الدراسه دراسات الباحثون الباحثين الباحث باحث باحثون "
                     "احصائيه الاحصائيه احصائيات احصاءات خوارزميه معدل معدلات متوسط مؤشر البيانات")
"""Research and statistics: the sentence counts or studies events, it does not tell one."""

_PLURAL_EVENTS = word_set("هجمات الهجمات غارات الغارات ضربات الضربات عمليات العمليات حوادث الحوادث حادثه تفجيرات "
                          "التفجيرات اعتداءات الاعتداءات معارك المعارك الحمله حمله")
_SPAN_OPENERS = word_set("خلال طوال طيله مدى غضون منذ حصيله")
_PERIODS = word_set("عام العام اعوام الاعوام سنه السنه سنوات السنوات اسبوع الاسبوع اسبوعين اسابيع الاسابيع شهر "
                    "الشهر شهرين اشهر الاشهر شهور الشهور النصف الربع الفتره فتره العقد عقد بدء بدايه انطلاق مطلع")
_AT_LEAST = ("علي", "الاقل")
_SINCE = word_set("منذ")
_SUPERLATIVES = word_set("اكثر أكثر اشد أشد اعنف أعنف ابرز أبرز احد أحد اخر آخر اول أول")
_TOTALS = word_set("بمجملها مجملها طلعه طلعات الطلعات")
_TOLL_WORDS = word_set("مصرعهم حتفهم حياتهم قتيلا قتيل قتلي شخصا مدنيا حصيله")

FOREIGN_PLACES = word_set(
    "غزه رفح خانيونس القدس بيروت طرابلس دمشق حلب حمص حماه ادلب درعا الرقه الحسكه القامشلي البوكمال "
    "الميادين دير_الزور منبج عفرين جرابلس كوباني عين_العرب تدمر السويداء اللاذقيه انقره اسطنبول سوروج اضنه "
    "ديار_بكر ازمير غازي_عنتاب ماردين هكاري شرناق طهران الاهواز صنعاء عدن المكلا الحديده بنغازي مصراته درنه "
    "القاهره سيناء العريش الرياض القطيف المنامه الدوحه دبي كابول كابل مقديشو باريس لندن برلين بروكسل موسكو "
    "واشنطن نيويورك"
)
"""Cities and regions outside Iraq as single normalised words (two-word names joined with "_")."""

FOREIGN_COUNTRIES = word_set(
    "سوريا سوريه تركيا ايران لبنان اسرائيل فلسطين اليمن ليبيا مصر السعوديه الكويت البحرين قطر الامارات الاردن "
    "افغانستان باكستان الصومال نيجيريا تونس الجزاير المغرب فرنسا بريطانيا المانيا بلجيكا اوروبا روسيا امريكا "
    "اميركا الهند الصين"
)
"""Countries: a place only when written as one ("في سوريا"، "بتركيا"), not as an actor ("أعلنت تركيا")."""

_NAME_PARTS = word_set("ابو ابي ام بني بيت تل")

_LOCATIVE = word_set("في داخل قرب ريف اراضي الاراضي مدن شمال جنوب شرق غرب شمالي جنوبي شرقي غربي")

_PLACE_NISBA = FOREIGN_NISBA - word_set("النظامي الحر الوطني الوطنيه")


def is_hypothetical(words: list[str], i: int, j: int) -> bool:
    """True for a planned, foiled, charged, threatened or possible attack ("كان يخطط لهجوم"، "هجوم محتمل").

    Args:
        words: the sentence's normalised tokens.
        i: first token of the event word.
        j: token past the event word.
    """
    before = [b for w in words[max(0, i - 3):i] for b in bare(w)]
    after = [b for w in words[j:j + 2] for b in bare(w)]
    threat = any(b in _THREATS for w in words[max(0, i - 8):i] for b in bare(w))
    return threat or any(w in PLAN_WORDS for w in before) or any(w in _HYPOTHETICAL_AFTER for w in after)


def is_analysis(words: list[str]) -> bool:
    """True when a sentence studies or counts events (research, statistics, algorithms)."""
    return any(b in _ANALYSIS for w in words for b in bare(w))


def is_aggregate(words: list[str], lo: int, hi: int, day_dated: bool) -> bool:
    """True when a frame sums many events: "خلال أسبوع من الغارات"، "منذ بدء الضربات"، "2,200 حادثة خلال عام".

    A plural event noun makes a summary when a span of time is given for it ("خلال عام
    2014"، "منذ بدء الحملة") or, with no day of its own, a running total ("على الأقل").

    Args:
        words: the sentence's normalised tokens.
        lo: frame start.
        hi: frame end.
        day_dated: the frame carries a date precise to the day (then it is one day's events).
    """
    span = words[lo:hi]
    forms = [bare(w) for w in span]
    if any(b in _TOTALS for f in forms for b in f):
        return True  # "14 طلعة جوية أسفرت بمجملها عن قتل 29"
    spans = [x for x, f in enumerate(forms)
             if any(b in _SPAN_OPENERS for b in f) and any(b in _PERIODS for g in forms[x + 1:x + 4] for b in g)]
    if not day_dated and any(any(b in _TOLL_WORDS for g in forms[max(0, x - 4):x] for b in g) for x in spans):
        return True  # "لقي 660 شخصا مصرعهم خلال شهر ونصف"، "حصيلة شهر تموز"
    if any(span[y].isdigit() for x in spans for y in range(max(0, x - 5), x)) and any(
            span[x] in _SINCE for x in spans):
        return True  # "قتل أكثر من 1500 مقاتل منذ بدء الهجوم": a running total
    plural = [x for x, f in enumerate(forms) if any(b in _PLURAL_EVENTS for b in f)
              and not (x > 0 and span[x - 1] in _SUPERLATIVES)]  # "أكثر الهجمات دموية": one of them
    if not plural:
        return False
    if any(abs(p - x) <= 4 for x in spans for p in plural):
        return True  # "خلال أسبوع من الغارات"، "هجمات ... منذ بدء"
    if day_dated:
        return False
    at_least = [x for x in range(len(span) - 1) if span[x:x + 2] == list(_AT_LEAST)]
    return any(0 < p - x <= 7 for x in at_least for p in plural)  # "2927 على الأقل ... جراء الضربات"


def foreign_places(words: list[str], lo: int, hi: int) -> list[int]:
    """Token indices in ``[lo, hi)`` naming a place outside Iraq ("غزة"، "دير الزور"، "مدينة أضنة التركية")."""
    out = []
    for x in range(lo, hi):
        if x > 0 and words[x - 1] in _NAME_PARTS:
            continue  # "ناحية أبي صيدا": part of an Iraqi name
        forms = bare(words[x])
        pair = f"{words[x]}_{words[x + 1]}" if x + 1 < hi else ""
        if any(b in FOREIGN_PLACES for b in forms) or (pair and any(f"{b}_{words[x + 1]}" in FOREIGN_PLACES for b in forms)):
            out.append(x)
        elif words[x] in FOREIGN_COUNTRIES and x > 0 and any(b in _LOCATIVE for b in bare(words[x - 1])):
            out.append(x)  # "في سوريا"
        elif any(b[:1] == "ب" and b[1:] in FOREIGN_COUNTRIES for b in forms):
            out.append(x)  # "بتركيا"
    return out


def foreign_place_after(words: list[str], j: int) -> bool:
    """True when a place is followed by a foreign nationality adjective ("مدينة دير الزور السورية")."""
    return j < len(words) and words[j] in _PLACE_NISBA
