"""Pass 43 (agree43b): ROOT_KAF, the ك of "كامل" is no clitic. Sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import context
from marsad.agent.offline.context import bare


@pytest.fixture
def fresh_bare():
    bare.cache_clear()
    yield
    bare.cache_clear()


def _statuses(offline_extract, text: str) -> list[str]:
    return [a.status for a in offline_extract(text, published="2020-02-14").agreements]


_SIGNED = "ووقعت الحكومة اليمنية وقبائل مأرب اتفاقا يتضمن خروجا كاملا للمقاتلين من البلدة وتسليم الأسلحة للشرطة."
_HOPED = ("وتوجه الوفدان إلى الدوحة أملا في التوصل إلى اتفاق تهدئة بين حكومة الخرطوم وفصائل "
          "دارفور.")


def test_complete_keeps_its_kaf(fresh_bare):
    assert "املا" not in bare("كاملا")
    assert "املة" not in bare("وكاملة")
    assert "اتفاق" in bare("كاتفاق")  # the clitic "like" is still taken off


def test_signed_deal_with_a_complete_term_is_agreed(offline_extract, fresh_bare):
    assert _statuses(offline_extract, _SIGNED) == ["agreed"]


def test_hope_word_still_makes_a_deal_proposed(offline_extract, fresh_bare):
    assert _statuses(offline_extract, _HOPED) == ["proposed"]


def test_switch_off_reads_complete_as_hope(offline_extract, fresh_bare, monkeypatch):
    monkeypatch.setattr(context, "ROOT_KAF", False)
    bare.cache_clear()
    assert "املا" in bare("كاملا")
    assert _statuses(offline_extract, _SIGNED) == ["proposed"]
