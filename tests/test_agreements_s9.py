"""Agreements in real phrasing, ninth pass: sentences written for these tests (none from the corpus).

Judged on fresh development-slice articles outside the real-news set (seeds 305-307): an agreement pointed
back to with a demonstrative ("هذا الاتفاق"، "من هذه الاتفاقية") became a second agreement with the sides of
what it is about as parties.
"""

from __future__ import annotations

import pytest


def _agreements(extract, text, **kw):
    return [(a.agreement_type, a.status, a.parties) for a in extract(text, **kw).agreements]


def test_this_agreement_is_the_one_just_told_not_one_between_what_it_is_about(offline_extract):
    text = ("وتناولت المحادثات ما وصفه مراقبون بالاتفاق الأمني الروسي - الإسرائيلي حول الجنوب السوري، ويرمي هذا "
            "الاتفاق إلى خفض التصعيد بين إسرائيل وإيران فوق الأراضي السورية.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert parties == ["روسيا", "إسرائيل"]


@pytest.mark.parametrize("back", ["الاتفاق المذكور", "الاتفاقية ذاتها", "هذه الاتفاقية"])
def test_a_demonstrative_points_back_to_the_agreement_told(offline_extract, back):
    text = ("ووقعت تركيا والولايات المتحدة اتفاقا أمنيا يسمح باستخدام قاعدة إنجرليك. "
            f"وقال مسؤول إن {back} ينص على انسحاب القوات الإيرانية من الحدود بين العراق وسوريا.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert sorted(parties) == sorted(["تركيا", "الولايات المتحدة"])


@pytest.mark.parametrize("text", [
    # a verb of opinion with its "أن" before the agreement, nothing saying it was reached
    "ويرى مراقبون أن اتفاق وقف إطلاق النار بين الحكومة الأفغانية وحركة طالبان سيشمل الأقاليم الشمالية.",
    # "قد" before an imperfect verb right after the agreement noun
    "وقال خبير إن اتفاق الهدنة قد يشمل ميناء الحديدة ومدينة تعز.",
    # ... or later in its clause
    "وقال خبير إن اتفاق الهدنة بين الحكومة اليمنية والحوثيين قد يشمل ميناء الحديدة.",
])
def test_an_agreement_only_guessed_at_is_proposed(offline_extract, text):
    [(kind, status, _parties)] = _agreements(offline_extract, text)
    assert (kind, status) == ("ceasefire", "proposed")


@pytest.mark.parametrize("text", [
    "ويرى مراقبون أن اتفاق وقف إطلاق النار الذي توصلت إليه الحكومة الأفغانية وحركة طالبان أمس سيصمد.",
    "ووقعت الحكومة اليمنية والحوثيون اتفاق الهدنة أمس، وقال خبير إن الاتفاق قد يصمد طويلا.",
])
def test_a_guess_about_an_agreement_reached_leaves_it_agreed(offline_extract, text):
    [(kind, status, _parties)] = _agreements(offline_extract, text)
    assert (kind, status) == ("ceasefire", "agreed")


def test_where_forces_are_sent_is_no_side_of_the_agreement(offline_extract):
    text = ("وأوضح الناطق باسم الحكومة أن تركيا لا تعتزم إرسال قوات برية إلى العراق، لكنها اتفقت مع الولايات "
            "المتحدة على استخدام قاعدة إنجرليك.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert parties == ["تركيا", "الولايات المتحدة"]


def test_the_two_countries_are_the_two_of_the_story_not_one_named_in_passing(offline_extract):
    text = ("أعلنت حكومة إريتريا أنها عينت أول سفير لدى جارتها إثيوبيا. وكان سفير إثيوبيا السابق لدى أيرلندا "
            "قد عين سفيرا في إريتريا. وجاء ذلك بعد توقيع اتفاق أمني لإنهاء الحرب بين البلدين.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert sorted(parties) == sorted(["إثيوبيا", "إريتريا"])


@pytest.mark.parametrize("text", [
    "وتناولت المحادثات الاتفاق الأمني الأمريكي التركي.",
    "وقال المبعوث إنه لا صلة بين الغارات والتفاهمات الأخيرة لتوسيع التعاون الأمريكي التركي في محاربة تنظيم داعش.",
])
def test_two_states_adjectives_side_by_side_are_the_two_sides(offline_extract, text):
    [(_kind, status, parties)] = _agreements(offline_extract, text)
    assert (status, parties) == ("agreed", ["الولايات المتحدة", "تركيا"])


def test_the_group_an_agreement_confronts_is_no_side(offline_extract):
    text = "واتفقت تركيا والولايات المتحدة على تكثيف جهود التصدي لتنظيم داعش في سوريا."
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert sorted(parties) == sorted(["تركيا", "الولايات المتحدة"])


def test_the_latest_understandings_are_reached_not_proposed(offline_extract):
    text = "وأشاد الوزير بالتفاهمات الأخيرة بين الجيش العراقي والبيشمركة لتأمين الطرق في كركوك."
    [(_kind, status, _parties)] = _agreements(offline_extract, text)
    assert status == "agreed"


def test_an_indefinite_security_cooperation_agreement_is_security_and_air_transport_is_not(offline_extract):
    text = ("قرر المجلس تكليف وزير الداخلية ببحث مشروع اتفاقية تعاون أمني مع الجانب الجيبوتي "
            "بين المملكة العربية السعودية وجيبوتي، ثم توقيعها. وقرر المجلس تكليف رئيس هيئة "
            "الطيران المدني بتوقيع مشروع اتفاقية مع حكومة بوتسوانا لتنظيم خدمات النقل الجوي بين البلدين.")
    [(kind, status, parties)] = _agreements(offline_extract, text, published="2015-07-24")
    assert kind in {"coordination", "security_agreement"}
    assert (status, parties) == ("proposed", ["السعودية", "جيبوتي"])


def test_the_truce_village_is_a_place_not_a_truce(offline_extract):
    text = "واجتمع وفدا البلدين مرتين الشهر الماضي في قرية الهدنة الواقعة على الحدود بين الكوريتين."
    assert _agreements(offline_extract, text) == []


@pytest.mark.parametrize(("then", "records"), [("", 1), (" آنذاك", 0)])
def test_an_agreement_told_only_as_what_happened_then_is_background(offline_extract, then, records):
    text = f"وأسفر اللقاء{then} عن اتفاق على التعاون العسكري بين روسيا وإسرائيل في الأجواء السورية."
    assert len(_agreements(offline_extract, text)) == records


def test_a_states_forces_are_its_side_so_the_agreement_is_told_once(offline_extract):
    text = ("وبموجب الاتفاق المبرم حديثا بين واشنطن وأنقرة، ستتيح تركيا للمقاتلات الأمريكية استخدام قاعدة "
            "إنجرليك الجوية. وقال مسؤول إن المفاوضات التي دامت أشهرا من أجل السماح للقوات الأمريكية باستخدام "
            "القاعدة أثمرت. وأشار إلى أن الاتفاق على السماح باستخدام القاعدة جاء بعد المكالمة الهاتفية.")
    [(_kind, status, parties)] = _agreements(offline_extract, text)
    assert (status, parties) == ("agreed", ["الولايات المتحدة", "تركيا"])


@pytest.mark.parametrize("text", [
    # a head alone ("حكومة") before a state the registry does not know is no side: a deal of one known state only
    "قرر المجلس تكليف وزير النقل ببحث مشروع اتفاقية تعاون مع الجانب المالطي بين المملكة "
    "وحكومة جمهورية مالطا.",
    "وأضافت أن نواب حزبها مستعدون لتصويت ثان على اتفاق الخروج البريطاني من الاتحاد الأوروبي.",
])
def test_deals_outside_security_are_no_agreement(offline_extract, text):
    assert _agreements(offline_extract, text) == []


@pytest.mark.parametrize(("text", "status"), [
    ("ودعت حركة طالبان في رسالة إلى مقاتليها إلى أخذ وقف إطلاق النار المعلن للعيد على محمل الجد.", "implementing"),
    ("ودعا المبعوث الأممي الحكومة والحوثيين إلى الالتزام بالهدنة الإنسانية.", "implementing"),
    ("ودعا المبعوث الأممي الحكومة والحوثيين إلى هدنة إنسانية.", "proposed"),
])
def test_a_call_to_keep_a_truce_says_it_is_in_force(offline_extract, text, status):
    [(kind, got, _parties)] = _agreements(offline_extract, text)
    assert (kind, got) == ("ceasefire", status)
