"""Agreements in real phrasing, seventh pass: sentences written for these tests (none from the corpus).

Found on development-slice articles outside the real-news set: a "بين" after a verb of agreeing that named
the subject of what was agreed ("آلية تنسيق بين قوى عالمية ... في سوريا") replaced the states that agreed;
a place after "في" inside a "بين" phrase became a side; an attempt to reach a truce ("سعت إلى الوصول لهدنة")
was reported as a truce agreed; an arms purchase between two states had no security content.
"""

from __future__ import annotations

import pytest


def _agreements(extract, text):
    return [(a.agreement_type, a.status, a.parties) for a in extract(text).agreements]


def test_the_subjects_of_a_verb_of_agreeing_are_the_sides(offline_extract):
    text = ("وأعلن وزير الخارجية الألماني أن ألمانيا وإيطاليا اتفقتا على تأسيس آلية للتنسيق بين عواصم أوروبية "
            "كبرى من أجل دعم التسوية السياسية في ليبيا.")
    assert _agreements(offline_extract, text) == [("coordination", "agreed", ["ألمانيا", "إيطاليا"])]


def test_a_between_that_names_two_sides_still_names_the_parties(offline_extract):
    text = "وتوصلت الحكومة الأفغانية إلى اتفاق هدنة بين الجيش الأفغاني وحركة طالبان."
    [(kind, _status, parties)] = _agreements(offline_extract, text)
    assert kind == "ceasefire"
    assert "حركة طالبان" in parties and len(parties) == 2


@pytest.mark.parametrize("text", [
    "واتفقت تركيا وروسيا على إنشاء آلية تنسيق بين البلدين في سوريا.",
    "ووقعت تركيا وروسيا اتفاقا أمنيا بين البلدين في أنقرة.",
])
def test_a_place_after_fi_inside_a_between_phrase_is_no_side(offline_extract, text):
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert parties == ["تركيا", "روسيا"]


def test_an_attempt_to_reach_a_truce_is_no_truce_agreed(offline_extract):
    text = ("وأوضحت المصادر أن وساطات قبلية سعت إلى التدخل والوصول لهدنة توقف الاقتتال بين الطرفين، "
            "غير أن الوضع ما زال متوترا.")
    assert all(status == "proposed" for _k, status, _p in _agreements(offline_extract, text))


def test_a_truce_reached_is_still_agreed(offline_extract):
    text = "وأعلنت الأمم المتحدة أن الحكومة اليمنية والحوثيين توصلوا إلى هدنة في الحديدة أمس."
    assert [status for _k, status, _p in _agreements(offline_extract, text)] == ["agreed"]


def test_an_arms_deal_between_two_states_is_a_security_agreement(offline_extract):
    text = "وأبرمت مصر اتفاقية مع فرنسا تتسلم بموجبها دفعة جديدة من مقاتلات رافال قبل نهاية العام المقبل."
    assert _agreements(offline_extract, text) == [("security_agreement", "agreed", ["مصر", "فرنسا"])]


def test_an_airliner_purchase_is_no_security_agreement(offline_extract):
    text = "ووقعت الخطوط الجوية السعودية اتفاقية مع شركة إيرباص لشراء خمسين طائرة ركاب جديدة."
    assert _agreements(offline_extract, text) == []


@pytest.mark.parametrize("text", [
    "ووقعت تركيا وروسيا اتفاقا أمنيا في أنقرة أمس.",
    "ووقعت تركيا وروسيا اتفاقية عسكرية في أنقرة أمس.",
    "ووقعت تركيا وروسيا اتفاقية دفاعية في أنقرة أمس.",
])
def test_an_agreement_named_security_military_or_defence_is_a_security_agreement(offline_extract, text):
    assert _agreements(offline_extract, text) == [("security_agreement", "agreed", ["تركيا", "روسيا"])]


def test_appeasement_in_a_story_of_the_nuclear_deal_is_no_truce(offline_extract):
    text = ("ويتهم الجمهوريون الرئيس الأمريكي بأنه يريد التهدئة مع إيران. وقال الرئيس إن الاتفاق النووي "
            "سيحول دون حصول طهران على قنبلة ذرية.")
    assert _agreements(offline_extract, text) == []


def test_a_calm_agreed_by_two_sides_in_a_war_story_is_still_a_truce(offline_extract):
    text = "وأعلنت الحكومة اليمنية التهدئة في مدينة الحديدة بعد معارك عنيفة مع الحوثيين."
    assert [kind for kind, _s, _p in _agreements(offline_extract, text)] == ["ceasefire"]


def test_the_anniversary_of_an_old_armistice_is_no_agreement(offline_extract):
    text = ("وأشارت الصحيفة إلى أن بيونغ يانغ اقترحت بحث إعلان رسمي ينهي الحرب تزامنا مع ذكرى إبرام "
            "اتفاق الهدنة عام 1953.")
    assert _agreements(offline_extract, text) == []


def test_a_truce_sought_to_be_ensured_is_proposed(offline_extract):
    text = ("وكثفت باريس مساعيها الدبلوماسية لضمان التوصل إلى هدنة بين النظام والمعارضة تتيح إدخال "
            "المساعدات إلى دوما.")
    assert [status for _k, status, _p in _agreements(offline_extract, text)] == ["proposed"]


@pytest.mark.parametrize("tail", [
    "وشكل الجانبان لجنة لمتابعة تنفيذ الاتفاق.",
    "وقرر الجانبان افتتاح غرفة عمليات مشتركة على أن تباشر عملها الشهر المقبل.",
])
def test_carrying_out_still_to_come_leaves_the_agreement_agreed(offline_extract, tail):
    text = "واتفقت بغداد وأربيل أمس على نشر قوات مشتركة في كركوك. " + tail
    assert [status for _k, status, _p in _agreements(offline_extract, text)] == ["agreed"]


def test_carrying_out_under_way_is_implementing(offline_extract):
    text = "واتفقت بغداد وأربيل أمس على نشر قوات مشتركة في كركوك. وباشرت القوات المشتركة تطبيق الاتفاق اليوم."
    assert [status for _k, status, _p in _agreements(offline_extract, text)] == ["implementing"]


def test_the_kurdistan_ministry_of_interior_is_a_side_of_its_own(offline_extract):
    text = "واتفقت وزارة الداخلية الاتحادية ووزارة داخلية إقليم كردستان على تنظيم دوريات أمنية مشتركة."
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert parties == ["وزارة الداخلية", "وزارة داخلية إقليم كوردستان"]


def test_agreeing_that_a_view_holds_is_no_agreement(offline_extract):
    text = "وندد المشاركون بالاعتداءات على المساجد والكنائس، واتفقوا على أن المعركة مع داعش لا تستهدف أي دين أو مذهب."
    assert _agreements(offline_extract, text) == []


def test_agreeing_that_forces_will_act_is_an_agreement(offline_extract):
    text = "واتفقت تركيا والعراق على أن تنسق قواتهما العمليات ضد حزب العمال الكردستاني."
    [(kind, status, parties)] = _agreements(offline_extract, text)
    assert kind in {"coordination", "security_agreement"} and status == "agreed" and set(parties) == {"تركيا", "العراق"}


def test_international_conventions_are_no_agreement(offline_extract):
    text = ("وقصفت الطائرات المبنى الذي سقطت عنه الحماية المقررة في الاتفاقيات الدولية لاستغلاله لأغراض "
            "عسكرية من جانب مسلحي الحوثي.")
    assert _agreements(offline_extract, text) == []


@pytest.mark.parametrize("text", [
    "ووافق مجلس الوزراء على تفويض وزير الداخلية بالتوقيع على مشروع اتفاقية أمنية بين السعودية وجيبوتي.",
    "وتعهد الرئيس الأمريكي بالإشراف على اتفاق أمني بين السعودية وجيبوتي.",
])
def test_a_draft_or_a_pledge_is_proposed(offline_extract, text):
    assert [status for _k, status, _p in _agreements(offline_extract, text)] == ["proposed"]


def test_the_iranian_agreement_alone_is_the_nuclear_deal(offline_extract):
    text = ("جاءت تطورات تركيا على الحدود مع سورية إحدى نتائج الاتفاق الإيراني، لأن المصالح بين تركيا وإيران "
            "بلغت المليارات.")
    assert _agreements(offline_extract, text) == []


def test_an_iranian_turkish_security_agreement_is_kept(offline_extract):
    text = "ووقعت تركيا وإيران الاتفاق الإيراني التركي للتعاون الأمني على الحدود."
    assert [p for _k, _s, p in _agreements(offline_extract, text)] == [["تركيا", "إيران"]]


def test_the_agreement_told_again_in_a_nuclear_deal_story_is_that_deal(offline_extract):
    text = ("وقال الرئيس إن الاتفاق النووي مع إيران اتفاق سيء. وأضاف أن نجاح الاتفاق يتوقف على الحرس الثوري "
            "الإيراني وقواته.")
    assert _agreements(offline_extract, text) == []


def test_a_security_agreement_in_a_nuclear_deal_story_is_kept(offline_extract):
    text = ("وقال الرئيس إن الاتفاق النووي مع إيران اتفاق سيء. ووقعت بغداد وأربيل اتفاقا أمنيا لنشر قوات "
            "مشتركة في كركوك.")
    assert len(_agreements(offline_extract, text)) == 1


def test_the_deal_told_again_with_its_sides_is_still_the_deal(offline_extract):
    text = ("واتفق الزعيمان على أن الانسحاب الأمريكي من الاتفاق النووي كان خطأ. وأكد الجانبان عزمهما على "
            "مواصلة التعاون الأمني مع سائر الأطراف الموقعة على الاتفاق. وقد وقع الاتفاق قبل ثلاث سنوات "
            "بين إيران والقوى الكبرى الست.")
    assert _agreements(offline_extract, text) == []
