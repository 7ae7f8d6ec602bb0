"""Pass 58: targets. Sentences written for these tests.

* a target read as the side of the counted dead gives way to the object a verb of aiming writes in another clause
  of the incident (``attacks_records.DEAD_SIDE_YIELDS``);
* a target headed by the bare word for "targets" gives way to the object another sentence of the incident writes
  (``attacks_records.GENERIC_YIELDS``).
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_records


def _target(offline_extract, text: str) -> str | None:
    (attack,) = offline_extract(text).attacks
    return attack.target


_AIMED = ("قتل 9 عناصر من ميليشيا الحوثي المتمردة في غارات لطيران التحالف، استهدفت شاحنات وتجمعات للجماعة "
          "على أطراف مديرية حرض أمس.")
_DEAD_ONLY = "قتل 9 عناصر من ميليشيا الحوثي المتمردة في غارات لطيران التحالف أمس، بحسب مصدر عسكري."
_GENERIC = ("نفذت طائرات التحالف الدولي 12 غارة ضد أهداف لتنظيم داعش قرب مدينة بيجي أمس. "
            "وقال بيان للتحالف إن الغارات قرب بيجي قصفت مخازن ذخيرة وعربات مدرعة تابعة للتنظيم.")
_GENERIC_ALONE = "نفذت طائرات التحالف الدولي 12 غارة ضد أهداف لتنظيم داعش قرب مدينة بيجي أمس."


def test_what_the_strikes_aimed_at_beats_the_side_of_the_dead(offline_extract):
    assert _target(offline_extract, _AIMED) == "شاحنات وتجمعات للجماعة"


def test_the_side_of_the_dead_stays_with_no_aimed_object(offline_extract):
    assert _target(offline_extract, _DEAD_ONLY) == "الحوثيين"


def test_the_dead_side_switch_off_keeps_the_side(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_records, "DEAD_SIDE_YIELDS", False)
    assert _target(offline_extract, _AIMED) == "الحوثيين"


def test_what_the_targets_were_beats_the_bare_word_for_targets(offline_extract):
    assert _target(offline_extract, _GENERIC) == "مخازن ذخيرة وعربات مدرعة تابعة للتنظيم"


def test_the_bare_word_for_targets_stays_when_nothing_else_is_told(offline_extract):
    assert _target(offline_extract, _GENERIC_ALONE) == "أهداف لتنظيم داعش"


@pytest.mark.parametrize("switch", ["GENERIC_YIELDS"])
def test_the_generic_switch_off_keeps_the_bare_word(offline_extract, monkeypatch, switch):
    monkeypatch.setattr(attacks_records, switch, False)
    assert _target(offline_extract, _GENERIC).startswith("أهداف")


def test_an_object_told_in_another_sentence_leaves_the_side_of_the_dead(offline_extract):
    text = ("قتل سبعة مسلحين من تنظيم داعش أمس في غارة نفذتها طائرات عراقية قرب مدينة الحويجة. "
            "وقال بيان عسكري إن الضربة استهدفت مخبأ للتنظيم بناء على معلومات دقيقة.")
    assert _target(offline_extract, text) == "مسلحين من تنظيم داعش"


def test_the_way_the_shelling_came_is_no_part_of_the_target(offline_extract):
    text = "قصفت القوات براً وجواً مخازن أسلحة للمتمردين شرق مدينة كيدال يوم الجمعة."
    assert _target(offline_extract, text) == "مخازن أسلحة للمتمردين"


def test_a_target_that_only_sounds_like_a_manner_word_stays(offline_extract):
    text = "قصفت القوات برج اتصالات للمتمردين شرق مدينة كيدال يوم الجمعة."
    assert _target(offline_extract, text) == "برج اتصالات للمتمردين"


def test_the_manner_switch_off_keeps_the_words(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_targets

    monkeypatch.setattr(roles_targets, "OPENING_MANNER", False)
    text = "قصفت القوات براً وجواً مخازن أسلحة للمتمردين شرق مدينة كيدال يوم الجمعة."
    assert _target(offline_extract, text).startswith("براً")
