"""Pass 52 (placesb52): common words the gazetteers read as places. Every text here is written for these tests.

* ``mentions.NOUN_COMPLEMENT``: a place name that is also a common noun, before the word that usually completes it,
  is no place ("البنى التحتية" infrastructure, not Albany; "القائم بأعمال" a chargé d'affaires, not al-Qaim).
* ``mentions.ADJECTIVE_NAME``: "القائم" after a definite word that is no place word is the adjective 'existing'
  ("التعاون العسكري القائم"), and its indefinite form "قائم" is never the town.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import mentions
from marsad.agent.offline.context import build_context
from marsad.agent.offline.mentions import get_gazetteer
from marsad.schemas import Document


def _places(text: str) -> list[str]:
    ctx = build_context(Document(doc_id="t", title=None, text=text, published="2019-03-10"), get_gazetteer())
    return [m.surface for ms in ctx.mentions for m in ms if m.kind == "places"]


_INFRA = "واستثمرت الشركة في البنى التحتية للمدينة."
_ENVOY = "وغادر القائم بأعمال السفارة البلاد مساء أمس."
_BIRTH = "ودفن في مسقط رأسه بعد وفاته."
_DIALOGUE = "وقال الوزير في حواره مع الصحيفة إن المفاوضات مستمرة."
_EXISTING = "وأكد الجانبان أهمية التعاون العسكري القائم بين البلدين."
_INDEFINITE = "وقال إن الخلاف قائم على تقاسم الموارد."


@pytest.mark.parametrize("text, word", [(_INFRA, "البنى"), (_ENVOY, "القائم"), (_BIRTH, "مسقط"), (_DIALOGUE, "حواره")])
def test_noun_before_its_complement_is_no_place(text, word, monkeypatch):
    assert word not in _places(text)
    monkeypatch.setattr(mentions, "NOUN_COMPLEMENT", False)
    monkeypatch.setattr(mentions, "ADJECTIVE_NAME", False)
    assert word in _places(text)


_ERA = "وبنيت القلعة في العصر العباسي على تل مرتفع."


@pytest.mark.parametrize("text, word", [(_EXISTING, "القائم"), (_INDEFINITE, "قائم"), (_ERA, "العباسي")])
def test_adjective_is_no_place(text, word, monkeypatch):
    assert word not in _places(text)
    monkeypatch.setattr(mentions, "ADJECTIVE_NAME", False)
    assert word in _places(text)


@pytest.mark.parametrize("text, word", [
    ("سيطرت القوات على مدينة القائم الحدودية بعد معارك عنيفة.", "مدينة القائم"),
    ("قتل ثلاثة جنود في هجوم انتحاري في القائم غربي الأنبار.", "القائم"),
    ("وفر المسلحون باتجاه قضاء هيت والقائم الحدودية.", "القائم"),
    ("هاجم مستوطنون قرية حوارة جنوب نابلس وأحرقوا سيارات.", "حوارة"),
    ("وصل السلطان إلى مسقط قادما من الرياض.", "مسقط"),
    ("وانفجرت عبوة ناسفة في ناحية العباسي جنوب غربي كركوك.", "ناحية العباسي"),
])
def test_the_towns_stay_places(text, word):
    assert word in _places(text)
