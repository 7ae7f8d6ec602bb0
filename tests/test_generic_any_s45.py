"""Pass 45: "أي هجوم" names any attack, none that happened (GUIDELINES §4 non-incidents). The word is often written
glued to "ل" or "ب" ("لأي استهداف"، "بأي هجوم") or in its feminine "أية", forms the clitic stripper leaves whole
(a three-letter token), so they are listed in ``scope.json`` plan_words beside "اي". Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline.scope import is_hypothetical
from marsad.core.arabic import normalize


def _hyp(sentence: str, noun: str) -> bool:
    words = normalize(sentence).split()
    i = next(x for x, w in enumerate(words) if normalize(noun) in w)
    return is_hypothetical(words, i, i + 1)


@pytest.mark.parametrize("sentence", [
    "وحمّلت المنظمة الجماعة المسؤولية عن أي هجوم يطال السكان في البلدة",
    "وحمّلت المنظمة الجماعة المسؤولية الكاملة لأي استهداف يطال السكان في البلدة",
    "وتوعد القائد بالرد بأي قصف على المدينة",
    "وأكد المتحدث رفض بلاده لأية غارة على أراضيها",
])
def test_any_attack_is_not_an_incident(sentence):
    assert _hyp(sentence, "استهداف" if "استهداف" in sentence else
                "هجوم" if "هجوم" in sentence else "قصف" if "قصف" in sentence else "غارة")


def test_a_told_attack_stays(offline_extract):
    assert not _hyp("وقالت الشرطة إن هجوما استهدف حاجزا في البلدة أمس", "هجوم")


def test_any_targeting_makes_no_record(offline_extract):
    r = offline_extract("وحمّل بيان لمنظمة حقوقية المسلحين المسؤولية الكاملة لأي استهداف يطال المدنيين في مدينة الموصل.")
    assert not r.attacks


def test_a_province_word_is_not_any(offline_extract):
    words = normalize("وقال المتحدث باسم شرطة ولاية كانو إن تفجيرا وقع قرب السوق").split()
    i = words.index(normalize("تفجيرا"))
    assert not is_hypothetical(words, i, i + 1)
