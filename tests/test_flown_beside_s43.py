"""Pass 43: a state's or a coalition's air strike told after the other side's attack.

- attacks_incidents.FLOWN_BESIDE: an air strike that FLOWN_ALONE would keep (flown by a state's or a coalition's force,
  told as news by a verb of striking, with its own doer and what it hit) but that floats (no place, toll or day of its
  own) right after an attack by an armed group is an incident of its own. The group's attack cannot take it (armed
  groups fly no aircraft); before, it was left out with its doer.
- Not a strike told over a span of years, nor one named by a noun alone; and the group's attack keeps its own doer.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.attacks_incidents as incidents_mod

_REPELLED = "وأعلن الجيش أن قواته صدت صباح الأحد هجوما شنه الحوثيون على مواقعها في منطقة المزرق بمحافظة حجة.\n"
_STRIKE = "وفي غضون ذلك، نفذت طائرات التحالف العربي غارات استهدفت تجمعات وآليات الميليشيات، وكبدتها خسائر."


def _pairs(offline_extract, text: str) -> list[tuple[str | None, str | None]]:
    return sorted(((a.perpetrator, a.attack_type) for a in offline_extract(text).attacks), key=str)


def test_strike_after_the_other_sides_attack_is_its_own_record(offline_extract):
    records = offline_extract(_REPELLED + _STRIKE).attacks
    strike = [a for a in records if a.attack_type == "airstrike"]
    assert [a.perpetrator for a in strike] == ["التحالف العربي"]
    assert strike[0].location is not None and strike[0].location.governorate  # the article's area
    assert "الحوثيين" in [a.perpetrator for a in records if a.attack_type != "airstrike"]  # the group keeps its attack


def test_counted_strikes_too(offline_extract):
    text = _REPELLED + "وفي الأثناء، نفذت مقاتلات التحالف العربي ست غارات جوية على تعزيزات الميليشيات."
    assert ("التحالف العربي", "airstrike") in _pairs(offline_extract, text)


def test_switch_off_leaves_the_strike_out(offline_extract, monkeypatch):
    monkeypatch.setattr(incidents_mod, "FLOWN_BESIDE", False)
    assert all(k != "airstrike" for _, k in _pairs(offline_extract, _REPELLED + _STRIKE))


def test_strikes_over_years_make_no_record(offline_extract):
    text = _REPELLED + "وشنت طائرات التحالف العربي مئات الغارات على مواقع الميليشيات خلال السنوات الثلاث الماضية."
    assert all(k != "airstrike" for _, k in _pairs(offline_extract, text))


def test_a_strike_named_by_a_noun_alone_makes_no_record(offline_extract):
    text = _REPELLED + "ويسأل السكان عن جدوى غارات طائرات التحالف العربي على مواقع الميليشيات."
    assert all(k != "airstrike" for _, k in _pairs(offline_extract, text))


def test_a_strike_in_the_other_sides_own_sentence_stays_out(offline_extract):
    text = "قال المرصد إن مسلحي المعارضة قصفوا أمس قرية الزهراء بالصواريخ، بينما شنت الطائرات الحربية السورية غارات على أطرافها."
    assert all(k != "airstrike" for _, k in _pairs(offline_extract, text))
