"""Pass 36 (attack precision on real news: one record per real incident): sentences written for these tests, none
from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_incidents as ai
from marsad.schemas import Document


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2016-09-14").attacks


def _places(offline_extract, text: str) -> list[tuple]:
    return [(a.location.name if a.location else None, a.killed, a.injured) for a in _attacks(offline_extract, text)]


# RENAMED_NAMES_PLACE -------------------------------------------------------------------------------------------

# the shelling told again by its definite name, in a sentence naming its front beside another known district
RENAMED_BETWEEN = ("قتل 15 عنصرا من ميليشيا الحوثي، الثلاثاء، في قصف مدفعي نفذه الجيش اليمني على جبهة كرش شمال لحج. "
                   "وأفاد إعلام الجيش اليمني بأن القصف المدفعي أصاب مخازن للميليشيا بين مديريتي حيفان جنوب تعز "
                   "وكرش.")


def test_renamed_fire_naming_its_place_is_that_fire(offline_extract, monkeypatch):
    assert _places(offline_extract, RENAMED_BETWEEN) == [("كرش", 15, None)]
    monkeypatch.setattr(ai, "DEFINITE_RETOLD", False)  # (which also joins it, as a definite retelling)
    assert _places(offline_extract, RENAMED_BETWEEN) == [("كرش", 15, None)]


def test_renamed_fire_naming_its_place_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ai, "RENAMED_NAMES_PLACE", False)
    monkeypatch.setattr(ai, "DEFINITE_RETOLD", False)
    assert len(_attacks(offline_extract, RENAMED_BETWEEN)) == 2


# WOUNDED_RETOLD ------------------------------------------------------------------------------------------------

# the same 64 wounded told at the strip, then by the ministry at a town of it
WOUNDED_AGAIN = ("أصيب 64 فلسطينيا الجمعة عند حدود قطاع غزة عندما فتح الجيش الإسرائيلي النار على متظاهرين. "
                 "وقال مسعفون إن بين المصابين حالات حرجة. وأفاد ناطق باسم وزارة الصحة أن 64 مواطنا أصيبوا "
                 "بطلقات نارية شرق رفح حتى المساء.")


def test_wounded_count_told_again_is_one_incident(offline_extract):
    ats = _attacks(offline_extract, WOUNDED_AGAIN)
    assert [a.injured for a in ats] == [64]


def test_wounded_count_told_again_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ai, "WOUNDED_RETOLD", False)
    assert len(_attacks(offline_extract, WOUNDED_AGAIN)) == 2


def test_small_wounded_count_ties_nothing():
    # below close_toll_min a wounded count is too common to name an incident
    from marsad.agent.offline.attacks_clusters import _CLOSE_TOLL_MIN

    class _N:
        def __init__(self, v):
            self.value, self.vague = v, False

    c = {"injured": _N(_CLOSE_TOLL_MIN - 1), "killed": None}
    u = {"injured": _N(_CLOSE_TOLL_MIN - 1), "killed": None}
    assert not ai._wounded_retold(c, u)
    c["injured"], u["injured"] = _N(_CLOSE_TOLL_MIN), _N(_CLOSE_TOLL_MIN)
    assert ai._wounded_retold(c, u)
    c["killed"], u["killed"] = _N(3), _N(5)
    assert not ai._wounded_retold(c, u)  # two death tolls: compared as such, not by the wounded


# DEFINITE_RETOLD -----------------------------------------------------------------------------------------------

# the bomber's home town read beside "the attack" told again: no second incident there
ORIGIN = ("تبنى تنظيم داعش، الاثنين، التفجير الانتحاري الذي خلف 20 قتيلا في سوق بمدينة غازي "
          "عنتاب، بحسب الشرطة التركية. وأكد مسؤول أمني للصحفيين أن منفذ الهجوم شاب في الثلاثين من ماردين (جنوب "
          "شرق تركيا).")


def test_definite_attack_word_with_an_origin_is_the_incident(offline_extract):
    assert _places(offline_extract, ORIGIN) == [("غازي عنتاب", 20, None)]


def test_definite_attack_word_with_an_origin_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ai, "DEFINITE_RETOLD", False)
    assert len(_attacks(offline_extract, ORIGIN)) == 2


# two incidents of the family told before: a definite word cannot tell which one it names
TWO_BEFORE = ("قتل 20 شخصا، الاثنين، في تفجير انتحاري بمدينة غازي عنتاب. وأصيب 6 آخرون، الأحد، في تفجير سيارة "
              "مفخخة في مدينة أضنة. وقال مسؤول إن منفذ الهجوم رجل من ماردين.")


def test_definite_attack_word_needs_one_incident_before(offline_extract):
    from marsad.agent.offline import attacks_events as ev
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    ctx = build_context(Document(doc_id="t36", text=TWO_BEFORE, published="2016-09-14"), get_gazetteer())
    events = ev._events(ctx, [])
    clusters = [ai._new_cluster(e) for e in events if e.si < 2]
    late = [e for e in events if e.si == 2]
    assert len(clusters) == 2 and late
    assert all(ai._definite_retold(ctx, clusters, e) is None for e in late)


# SPAN_AGO ------------------------------------------------------------------------------------------------------

# a shelling told "more than three weeks ago" beside the day's strike: no day from the lead
SPAN_BACK = ("دمرت مقاتلات التحالف، مساء الخميس، منصة صواريخ غرب مدينة مأرب. وتستغل الميليشيا مواقعها هناك لقصف "
             "الأحياء السكنية، آخرها قبل أكثر من ثلاثة أسابيع حين أطلقت صاروخا على حي في المدينة فقتل 4 مدنيين وجرح "
             "9.")


def test_span_back_takes_no_lead_day(offline_extract):
    assert [(a.killed, a.date) for a in _attacks(offline_extract, SPAN_BACK)] == [(4, None)]


def test_span_back_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_records as ar
    monkeypatch.setattr(ar, "SPAN_AGO", False)
    assert [(a.killed, a.date) for a in _attacks(offline_extract, SPAN_BACK)] == [(4, "2016-09-08")]


def test_span_counted_from_another_event_is_no_span_back():
    # "قبل يومين من الانتخابات" counts back from the elections, not from the telling
    from marsad.agent.offline import attacks_events as ev
    from marsad.agent.offline import attacks_records as ar
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    text = "وقتل قبل أكثر من أسبوعين من الانتخابات 5 جنود في هجوم على حاجز في بلدة الشيخ زويد."
    ctx = build_context(Document(doc_id="t36", text=text, published="2016-09-14"), get_gazetteer())
    events = ev._events(ctx, [])
    assert events and not ar._span_ago(ctx, events)
    text = "وقتل قبل أكثر من أسبوعين 5 جنود في هجوم على حاجز في بلدة الشيخ زويد."
    ctx = build_context(Document(doc_id="t36", text=text, published="2016-09-14"), get_gazetteer())
    assert ar._span_ago(ctx, ev._events(ctx, []))


# VERBAL_DOER ---------------------------------------------------------------------------------------------------

# a head of state "launching an attack" on another country after a killing: words
VERBAL_LEADER = ("وشن الرئيس البرازيلي، الثلاثاء، هجوما على الأرجنتين إثر مقتل عاملة برازيلية هناك، وأعلن وقف "
                 "إرسال العمال إليها.")


def test_attack_launched_by_an_office_holder_is_words(offline_extract):
    assert _attacks(offline_extract, VERBAL_LEADER) == []


def test_attack_launched_by_an_office_holder_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_records as ar
    monkeypatch.setattr(ar, "VERBAL_DOER", False)
    assert len(_attacks(offline_extract, VERBAL_LEADER)) == 1


def test_office_holder_who_survived_an_attack_is_no_doer():
    # "نجا الوزير من هجوم": no launch verb, the title is the target
    from marsad.agent.offline import attacks_events as ev
    from marsad.agent.offline import attacks_records as ar
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    text = "ونجا الوزير الثلاثاء من هجوم استهدف موكبه في مدينة بنغازي."
    ctx = build_context(Document(doc_id="t36", text=text, published="2016-09-14"), get_gazetteer())
    events = ev._events(ctx, [])
    assert events and not any(ar._verbal_doer(ctx, e) for e in events)


# ANIMAL_VICTIMS ------------------------------------------------------------------------------------------------

HUNT = "ارتكب شاب مذبحة في البادية الشرقية بالأردن، وقتل المئات من الأرانب البرية ثم وقف يحتفل مع أصدقائه."


def test_animals_killed_are_no_attack(offline_extract):
    assert _attacks(offline_extract, HUNT) == []


def test_animals_killed_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_records as ar
    monkeypatch.setattr(ar, "ANIMAL_VICTIMS", False)
    assert len(_attacks(offline_extract, HUNT)) == 1


# DEFINITE_UNPLACED ---------------------------------------------------------------------------------------------

# clashes told with no known place, then "the clashes" placed at a town: the same clashes, placed
CLASHES_PLACED = ("قتل 14 شخصا على الأقل، الأحد، في اشتباكات بين الجيش النيجيري ومسلحين في منطقة نائية شمال البلاد. "
                  "وأصيب 30 آخرون بجروح بحسب ضابط. وقال مسؤول محلي لوكالة الأنباء إن الاشتباكات اندلعت فجرا "
                  "في موقعين قرب بلدة مايدوغوري.")


def test_definite_clashes_place_the_unplaced_incident(offline_extract):
    assert _places(offline_extract, CLASHES_PLACED) == [("مايدوغوري", 14, 30)]


def test_definite_clashes_place_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ai, "DEFINITE_UNPLACED", False)
    assert len(_attacks(offline_extract, CLASHES_PLACED)) == 2
