"""Pass 41 (agree41): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_find, agreements_named, agreements_parties, agreements_provisions


def _parties(offline_extract, text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in offline_extract(text, published="2019-05-09").agreements]


# EXTENT_VENUE: a state after a noun of extent ("أنحاء"، "داخل"، "حدود") is a place, not a side -----------------------

_EXTENT = ("قال مسؤول محلي إن هدوءا حذرا ساد الولايات الشمالية صباح الخميس. "
           "وطالب زعيم الحركة مقاتليه في جميع أنحاء الصومال بالالتزام بالهدنة حتى نهاية الشهر.")
_INSIDE = ("واستنكرت الحكومة الكينية خرق حركة الشباب الهدنة الإنسانية عبر هجمات متكررة على حدود كينيا وداخل "
           "الصومال منذ أن بدأ سريان الهدنة يوم الأحد الماضي.")


def test_state_after_extent_noun_is_no_party(offline_extract):
    assert all("الصومال" not in p for p in _parties(offline_extract, _EXTENT))


def test_states_on_a_border_and_inside_are_no_parties(offline_extract):
    got = _parties(offline_extract, _INSIDE)
    assert got and all("كينيا" not in p and "الصومال" not in p for p in got)


def test_switch_off_reads_the_states_again(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_named, "EXTENT_VENUE", False)
    assert any("الصومال" in p for p in _parties(offline_extract, _EXTENT))
    assert any("الصومال" in p for p in _parties(offline_extract, _INSIDE))


def test_state_as_subject_stays_a_party(offline_extract):
    text = "وقعت كينيا والصومال يوم الأربعاء اتفاقا لتأمين الحدود المشتركة بين البلدين."
    assert _parties(offline_extract, text) == [["الصومال", "كينيا"]]


# ALLIED_NOT_SIDE: whom the signers are allied with or loyal to is no side ----------------------------------------------

_ALLY_WITH = "ووقع ممثلون عن عشائر في منطقة البقاع متحالفين مع حزب الله على اتفاق التهدئة مساء السبت."
_LOYAL_TO = "ووقعت فصائل مسلحة موالية لحزب الله على اتفاق الهدنة في دير الزور مساء السبت."


def test_ally_of_the_signers_is_no_party(offline_extract):
    assert _parties(offline_extract, _ALLY_WITH) == [[]]
    assert _parties(offline_extract, _LOYAL_TO) == [[]]


def test_switch_off_reads_the_ally_as_party(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_named, "ALLIED_NOT_SIDE", False)
    assert _parties(offline_extract, _ALLY_WITH) == [["حزب الله"]]
    assert _parties(offline_extract, _LOYAL_TO) == [["حزب الله"]]


def test_signer_itself_stays_a_party(offline_extract):
    text = "ووقع حزب الله على اتفاق التهدئة مع العشائر في منطقة البقاع مساء السبت."
    assert _parties(offline_extract, text) == [["حزب الله"]]


# REPLACED_SIDES: the earlier agreement the new one replaces bound the same sides ------------------------------------

_NEW = "وقعت الأردن والعراق في عمان يوم الثلاثاء اتفاقية أمنية لمكافحة الإرهاب وضبط الحدود المشتركة. "
_REPLACES = _NEW + "والاتفاقية الجديدة تحل محل اتفاقية قديمة وقعت في 12 آذار عام 2005 وظلت سارية حتى الآن."
_COMPARED = _NEW + "وذكر مراقبون أن نصوصها أقصر من اتفاقية سابقة وقعت في 12 آذار عام 2005 وظلت سارية حتى الآن."


def _dated_parties(offline_extract, text: str) -> dict[str | None, list[str]]:
    return {a.date: sorted(a.parties) for a in offline_extract(text, published="2019-03-07").agreements}


def test_replaced_agreement_takes_the_sides_of_the_new_one(offline_extract):
    assert _dated_parties(offline_extract, _REPLACES)["2005-03-12"] == ["الأردن", "العراق"]


def test_earlier_agreement_only_compared_gets_no_sides(offline_extract):
    assert _dated_parties(offline_extract, _COMPARED)["2005-03-12"] == []


def test_switch_off_leaves_the_replaced_one_without_sides(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_find, "REPLACED_SIDES", False)
    assert _dated_parties(offline_extract, _REPLACES)["2005-03-12"] == []


# PEOPLE_OF_STATE: a state named as the people it qualifies ("للشعب الصومالي") is no side ------------------------------

_PEOPLE = ("وتعهد المانحون بإيصال المساعدات للشعب الصومالي مشيدين بالتزام حركة الشباب بالهدنة الإنسانية منذ بدئها "
           "يوم الخميس الماضي.")


def test_people_of_a_state_is_no_party(offline_extract):
    assert _parties(offline_extract, _PEOPLE) == [["حركة الشباب"]]


def test_switch_off_reads_the_people_as_its_state(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "PEOPLE_OF_STATE", False)
    assert _parties(offline_extract, _PEOPLE) == [["الصومال", "حركة الشباب"]]


def test_state_government_beside_the_group_stays_a_party(offline_extract):
    text = "وأشاد البيان بالتزام حركة الشباب والحكومة الصومالية بالهدنة الإنسانية منذ بدئها يوم الخميس الماضي."
    assert _parties(offline_extract, text) == [["الحكومة الصومالية", "حركة الشباب"]]


# CONTINUED_TERMS: "، وذلك ب..." and "، وبالتالي ..." after a provision go on with the plan ---------------------------

_PLAN = ("واتفقت عمان وبغداد الأحد على خطة لإنشاء منطقة آمنة قرب معبر طريبيل، وذلك بنشر دوريات مشتركة من جيشي "
         "البلدين، وبالتالي قطع طرق التهريب المؤدية إلى صحراء الأنبار.")


def _provisions(offline_extract, text: str) -> list[list[str]]:
    return [a.provisions for a in offline_extract(text, published="2019-03-12").agreements]


def test_continued_clauses_are_more_provisions(offline_extract):
    assert _provisions(offline_extract, _PLAN) == [[
        "إنشاء منطقة آمنة قرب معبر طريبيل", "بنشر دوريات مشتركة من جيشي البلدين",
        "قطع طرق التهريب المؤدية إلى صحراء الأنبار"]]


def test_when_clause_after_the_provision_is_no_provision(offline_extract):
    text = ("واتفقت عمان وبغداد الأحد على خطة لإنشاء منطقة آمنة قرب معبر طريبيل، وذلك بعد اجتماع مطول لوزيري "
            "الداخلية في العاصمة الأردنية.")
    assert _provisions(offline_extract, text) == [["إنشاء منطقة آمنة قرب معبر طريبيل"]]


def test_switch_off_keeps_only_the_first_provision(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "CONTINUED_TERMS", False)
    assert _provisions(offline_extract, _PLAN) == [["إنشاء منطقة آمنة قرب معبر طريبيل"]]


# WELCOMED_TRUCE_APART: a truce the sides welcome is not their own agreement ----------------------------------------

_MET = ("واجتمع وزيرا خارجية مصر والأردن في القاهرة يوم الاثنين، واتفقا على تعزيز التعاون الأمني لمكافحة "
        "الإرهاب. ")
_WELCOMED = _MET + "ورحب الجانبان ببدء الهدنة الإنسانية في ليبيا لمدة أسبوع لإيصال المساعدات إلى المدنيين."


def _kinds(offline_extract, text: str) -> list[tuple[str, list[str]]]:
    return [(a.agreement_type, sorted(a.parties)) for a in offline_extract(text, published="2019-03-06").agreements]


def test_welcomed_truce_stays_apart_from_the_welcomers_agreement(offline_extract):
    assert ("coordination", ["الأردن", "مصر"]) in _kinds(offline_extract, _WELCOMED)
    assert ("ceasefire", ["الأردن", "مصر"]) not in _kinds(offline_extract, _WELCOMED)


def test_truce_told_as_a_term_joins_the_agreement(offline_extract):
    text = _MET + "وتشمل التفاهمات هدنة إعلامية لمدة أسبوع بين وسائل الإعلام في البلدين."
    assert _kinds(offline_extract, text) == [("ceasefire", ["الأردن", "مصر"])]


def test_switch_off_joins_the_welcomed_truce(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_find, "WELCOMED_TRUCE_APART", False)
    assert _kinds(offline_extract, _WELCOMED) == [("ceasefire", ["الأردن", "مصر"])]
