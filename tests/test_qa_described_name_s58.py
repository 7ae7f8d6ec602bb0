"""Pass 58 (qaact58): a name written after an office and what it is of, set off by a comma, is read as a person
named (compose.DESCRIBED_NAME). Sentences and names are made up for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.qa import compose
from marsad.agent.qa.compose import states_person
from marsad.core.arabic import normalize


@pytest.mark.parametrize("sentence", [
    "وقال قائد اللواء 40 مشاة، جابر العتيبي، إن قواته تقدمت نحو التلال.",
    "وأوضح مدير أمن محافظة الواحة، كامل الهاشمي، أن الدوريات انتشرت في الأسواق.",
    "وقال المتحدث باسم الجيش الوطني، سامي فرحات، إن الهجوم صُد.",
    "وصرح رئيس الوزراء الجديد، مرادي، بأن الحكومة ستجتمع غدا.",
])
def test_name_after_a_described_office(sentence):
    assert states_person(normalize(sentence))


@pytest.mark.parametrize("sentence", [
    "وقال رئيس الوزراء، في مؤتمر صحفي، إن الحكومة ستجتمع غدا.",
    "وقال وزير الداخلية، مشيرا إلى أن الدوريات انتشرت.",
    "وقال مدير الشرطة، الذي تحدث للصحفيين، إن الهجوم صُد.",
    "وقال المتحدث باسم الشرطة، إن الهجوم وقع فجرا.",
])
def test_no_name_after_a_described_office(sentence):
    assert not states_person(normalize(sentence))


def test_switch_off(monkeypatch):
    monkeypatch.setattr(compose, "DESCRIBED_NAME", False)
    assert not states_person(normalize("وقال قائد اللواء 40 مشاة، جابر العتيبي، إن قواته تقدمت."))
