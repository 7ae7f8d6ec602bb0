"""Actors, pass 44: a title written with a glued "ل" ("في تصريح لوزير الداخلية، فلان") is the named man's own title;
and a title standing before it still wins ("المستشار الأمني لرئيس الوزراء فلان": the adviser).
Right after a title's body, a common word and another ("الناطق باسم الجماعة نفى أخبار ...") are the sentence's
verb and object, no name. Sentences written for the tests (names, places and numbers made up)."""

from __future__ import annotations

from marsad.agent.offline import actors_titles
from marsad.core.arabic import normalize


def _officials(records) -> dict[str, object]:
    return {a.name: a for a in records.actors if a.type == "official"}


def test_glued_title_then_comma_names_the_minister(offline_extract):
    found = _officials(offline_extract(
        "جاء ذلك في تصريح لوزير الدفاع الصومالي، حسن ورسمي، أكد فيه أن الجيش استعاد بلدة بولو بعد معارك مع "
        "حركة الشباب قتل فيها سبعة مسلحين."))
    assert "حسن ورسمي" in found
    assert found["حسن ورسمي"].role == "وزير الدفاع الصومالي"


def test_glued_spokesman_title_names_the_spokesman(offline_extract):
    found = _officials(offline_extract(
        "ووفقا للمتحدث باسم الشرطة الكينية، جوزيف موانغي، فإن مسلحين هاجموا حافلة قرب مدينة لامو وقتلوا أربعة ركاب."))
    assert "جوزيف موانغي" in found


def test_glued_order_word_is_no_title():
    assert actors_titles._glued_head(normalize("لوزير"))
    assert actors_titles._glued_head(normalize("للمتحدث"))
    assert not actors_titles._glued_head(normalize("لأمر"))  # "لأمر قضائي": for an order, no commander


def test_adviser_to_a_glued_title_keeps_the_adviser_title_first(offline_extract):
    found = _officials(offline_extract(
        "وقال المستشار الأمني لرئيس الوزراء حسين الدباغ إن قوات الشرطة فككت عبوتين ناسفتين في مدينة الرمادي."))
    assert "حسين الدباغ" in found
    assert found["حسين الدباغ"].role.startswith("المستشار")


def test_verb_after_group_spokesman_is_no_name(offline_extract):
    found = _officials(offline_extract(
        "وكان الناطق باسم طالبان نفى أخبار استرجاع السيطرة على المعبر الحدودي في ولاية هلمند."))
    assert not any(name.startswith("نفى") for name in found)


def test_name_after_group_spokesman_still_read(offline_extract):
    found = _officials(offline_extract(
        "وقال المتحدث باسم طالبان قاري يوسف أحمدي إن مقاتلي الحركة هاجموا مركزا للشرطة في ولاية غزني وقتلوا ستة عناصر."))
    assert any("أحمدي" in name for name in found)


def test_name_with_a_word_for_first_name_after_body_still_read(offline_extract):
    found = _officials(offline_extract(
        "وقال المستشار الأمني لمجلس محافظة ديالى حكمة العبيدي إن مسلحين هاجموا قرية شرقي بعقوبة وقتلوا ثلاثة مزارعين."))
    assert any(name.startswith("حكمة") for name in found)


_ENVOY = ("وانتقد نائب المبعوث الأميركي الخاص لدى التحالف الدولي لمحاربة تنظيم داعش جون هارتلي الهجوم على "
          "الحافلة في بلدة الشدادي الذي قتل فيه تسعة مدنيين.")


def test_long_title_ending_with_a_known_body_names_the_envoy(offline_extract):
    found = _officials(offline_extract(_ENVOY))
    assert "جون هارتلي" in found


def test_group_fought_in_the_title_is_not_the_envoy_affiliation(offline_extract):
    found = _officials(offline_extract(_ENVOY))
    assert found["جون هارتلي"].affiliation != "Islamic State (ISIS)"


def test_long_title_without_a_known_body_before_the_name_is_no_title(offline_extract):
    found = _officials(offline_extract(
        "وقال رئيس لجنة متابعة ملف المفقودين في المحافظات الشمالية التي شهدت معارك طويلة أمس إن الفرق عثرت على رفات."))
    assert not found
