"""Attack records that real Arabic news tempts the offline rules into, on sentences written for these tests.

Each false case is a kind of mention the annotators do not count as an incident (evals/realnews/GUIDELINES.md
§4): a toll a rights report sums over a campaign, a count over weeks or since a start, what may happen ("قد
ينطوي"، "ستطلق هجوما"), the place a speech was given or a vehicle came from, the attackers killed when an
attack was ended, and one incident split in two records by a clause of its own sentence. Each has a true
twin that must still make its record.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline.scope import is_conditional, is_modal, is_report_total, opens_with_span
from marsad.core.arabic import normalize


def _attacks(offline_extract, text, published="2017-03-14"):
    return offline_extract(text, published=published).attacks


def _words(text):
    return [normalize(w) for w in text.replace("،", " ").replace(".", " ").split()]


@pytest.mark.parametrize("text", [
    # a rights report's sum over a side's mines
    "وذكر تقرير حقوقي أن آلاف الألغام التي زرعها المسلحون في المحافظة حصدت أرواح 512 مدنيا وتسببت بإصابة 900.",
    # a count since the start of protests, and one over two weeks
    "ومنذ اندلاع الاحتجاجات، قتل 38 متظاهرا برصاص قوات الأمن في المدينة.",
    "وقالت المنظمة في بيان عقب مقتل 23 متظاهرا برصاص الشرطة خلال الأسبوعين الأخيرين إنها تتابع الوضع.",
    # what may happen, and what is announced for later
    "وحذر الخبير من أن شن ضربة على مدينة الموصل قد ينطوي على عواقب خطيرة.",
    "أعلنت الحكومة الأربعاء أنها ستطلق قريبا هجوما واسعا على تنظيم داعش في قضاء القائم.",
])
def test_non_incidents_make_no_record(offline_extract, text):
    assert _attacks(offline_extract, text) == []


@pytest.mark.parametrize("text,killed", [
    # the same words told of one incident keep their record
    ("قتل 38 متظاهرا برصاص قوات الأمن في مدينة الناصرية أمس.", 38),
    ("وقالت الشرطة إن انفجار عبوة ناسفة في سوق بمدينة بعقوبة أسفر عن مقتل 4 مدنيين.", 4),
    ("وكان فندق على شاطئ مدينة سوسة قد تعرض لهجوم مسلح أسفر عن مقتل 23 سائحا.", 23),
    # "قد يكون" hedges who did it, not whether it happened
    ("قتل 5 جنود في هجوم استهدف حاجزا للجيش في قضاء الحويجة قد يكون نفذه تنظيم داعش.", 5),
])
def test_incidents_keep_their_record(offline_extract, text, killed):
    found = _attacks(offline_extract, text)
    assert len(found) == 1
    assert found[0].killed == killed


def test_helpers_read_the_cues():
    assert is_modal(_words("قد ينطوي على عواقب"), 0, 3)
    assert not is_modal(_words("قد تعرض لهجوم"), 0, 3)
    assert not is_modal(_words("قد يكون نفذه"), 0, 3)
    assert opens_with_span(_words("ومنذ اندلاع الاحتجاجات قتل 45"))
    assert not opens_with_span(_words("قتل 45 منذ اندلاع الاحتجاجات"))
    words = _words("ذكر تقرير حقوقي أن الألغام حصدت أرواح 714 مدنيا")
    assert is_report_total(words, [714])
    assert not is_report_total(words, [14])
    assert not is_report_total(_words("ذكر تقرير للشرطة أن 120 شخصا قتلوا في التفجير"), [120])


def test_place_of_a_speech_is_not_where_the_attack_was(offline_extract):
    text = ("وأضاف الرئيس في كلمة الأحد، خلال مؤتمر لحزبه في مدينة الموصل، أن قواته سترد على أي قصف "
            "يستهدف المدنيين.")
    assert all(a.location is None or a.location.canonical_name != "الموصل" for a in _attacks(offline_extract, text))


def test_place_someone_came_from_is_not_where_the_strike_was(offline_extract):
    text = ("دمرت غارة جوية، أمس، عربة للمسلحين قادمة من مدينة الرمادي قرب ناحية البغدادي، وقتل جميع من كانوا "
            "فيها وعددهم 6.")
    found = _attacks(offline_extract, text)
    assert len(found) == 1
    assert found[0].location is not None and found[0].location.canonical_name != "الرمادي"


def test_attackers_killed_end_the_attack_told_before(offline_extract):
    text = ("هاجم مسلحون انتحاريون مقر قيادة الشرطة في مدينة تكريت فجر اليوم وقتلوا 3 من عناصرها. "
            "وقالت قيادة الشرطة إن قواتها قتلت 4 من المهاجمين خلال تبادل لإطلاق النار.")
    found = _attacks(offline_extract, text)
    assert len(found) == 1
    assert found[0].killed == 3


def test_a_toll_clause_of_the_same_sentence_is_the_same_incident(offline_extract):
    text = ("وأعادت الحكومة العمل بالعقوبة بعد الهجوم الذي استهدف مدرسة في مدينة بعقوبة عام 2009 "
            "والتي راح ضحيتها 40 شخصا جلهم من الطلبة.")
    found = _attacks(offline_extract, text, published="2018-02-20")
    assert len(found) == 1
    assert found[0].killed == 40
    assert found[0].background


def test_before_another_event_is_not_a_past_date(offline_extract):
    text = ("قتل مزارع في قصف مدفعي، الجمعة، قبل الاحتجاجات، قرب بلدة الشرقاط. "
            "وأضاف مسؤول محلي أن مزارعا قتل وأصيب آخر بجروح في القصف المدفعي قرب الشرقاط.")
    found = _attacks(offline_extract, text, published="2018-03-30")
    assert len(found) == 1
    assert not found[0].background


def test_an_incident_named_again_is_not_a_second_one(offline_extract):
    text = ("قتل 12 مسلحا خلال حملة دهم نفذتها القوات الأمنية في قضاء الحويجة أمس. "
            "وقال المتحدث في بيان اليوم إن الحملة طالت عددا من المخابئ، ما أسفر عن مصرع سبعة مسلحين، "
            "وتدمير مخزنين للمتفجرات بالإضافة إلى مقتل خمسة آخرين.")
    found = _attacks(offline_extract, text)
    assert len(found) == 1
    assert found[0].killed == 12


def test_attacks_counted_since_a_start_make_no_record(offline_extract):
    text = "وقتل 19 جنديا بهجمات نسبت إلى المسلحين منذ بداية الأزمة الحالية."
    assert _attacks(offline_extract, text) == []


def test_a_condition_is_no_attack(offline_extract):
    text = "وأضاف أن الحظر سيفرض في حال حاولت الطائرات الحربية القيام بالقصف على مدينة الرقة."
    assert _attacks(offline_extract, text) == []
    assert is_conditional(_words("في حال حاولت الطائرات القيام بالقصف"), 5)
    assert not is_conditional(_words("قصفت الطائرات الحربية حال وصولها المدينة"), 0)
