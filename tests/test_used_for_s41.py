"""Pass 41: an attack noun with the purpose "ل" after a habitual verb of use or a launch-site noun tells what a place
or a thing serves for, not an incident (scope.USED_FOR). Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import scope


def test_launch_sites_are_no_attack(offline_extract):
    text = ("وعثرت القوات على منصات صواريخ في مزرعة قرب مدينة زبيد استخدمها المسلحون كمنصات لاستهداف القرى المجاورة.")
    assert offline_extract(text, published="2018-04-02").attacks == []


def test_habitual_use_is_no_attack(offline_extract):
    text = "وتستخدم الميليشيات المدارس في مدينة تعز لقصف الأحياء السكنية بالهاون."
    assert offline_extract(text, published="2018-04-02").attacks == []


def test_switch_off_reads_the_attack(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "USED_FOR", False)
    text = "وتستخدم الميليشيات المدارس في مدينة تعز لقصف الأحياء السكنية بالهاون."
    assert len(offline_extract(text, published="2018-04-02").attacks) == 1


@pytest.mark.parametrize("text", [
    "قصفت الميليشيات أمس الأحياء السكنية في مدينة تعز بالهاون ما أدى إلى مقتل طفلين.",
    "وأطلق المسلحون أمس قذائف هاون من مزرعة قرب مدينة زبيد لاستهداف القرى المجاورة فقتلوا راعيا.",
])
def test_done_attacks_stay(offline_extract, text):
    assert len(offline_extract(text, published="2018-04-02").attacks) == 1


def test_used_for_reader():
    words = ["قاعده", "تستخدم", "لشن", "غارات"]
    assert scope.used_for(words, 2)
    assert not scope.used_for(["استخدموا", "سكاكين", "لمهاجمه", "الحراس"], 2)
    assert not scope.used_for(["تستخدم", "القاعده", "غارات"], 2)
