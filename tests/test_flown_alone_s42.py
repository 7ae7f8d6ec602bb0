"""Pass 42 (the coalition's full name, and its strike told beside ground fighting).

- The registry reads the coalition's full name with the country in it ("تحالف دعم الشرعية في اليمن", with قوات/طيران/
  مقاتلات/طائرات before it) as the Arab coalition: "في اليمن" inside the name is no place of the strike, and the name
  is the strike's doer.
- attacks_incidents.FLOWN_ALONE: an air strike flown by a state's or a coalition's force, told as news by a verb of
  striking with its own doer and what it hit, that no incident of its family takes (it floats: no place, toll or day
  of its own, after ground fighting) is an incident of its own at the area the article tells, not left out.
- Not strikes told over a span of years or as a habit, nor a strike named by a noun alone.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.attacks_incidents as incidents_mod

_FIGHT = "تجددت المواجهات فجر الثلاثاء بين قوات الجيش اليمني والميليشيات شمال محافظة الجوف، وقتل فيها 12 حوثيا.\n"
_BESIDE = _FIGHT + ("وفي أثناء المعارك قصفت مقاتلات التحالف العربي عربات للحوثيين "
                    "قرب خطوط التماس.")


def _kinds(offline_extract, text: str) -> list[tuple[str | None, str | None]]:
    return sorted(((a.perpetrator, a.attack_type) for a in offline_extract(text).attacks), key=str)


def test_full_name_is_the_coalition_and_not_a_place(offline_extract):
    (attack,) = offline_extract("ونقلت مصادر محلية أن ثلاث مقاتلات تابعة لتحالف دعم الشرعية في اليمن نفذت فجر اليوم غارات على تعزيزات حوثية.").attacks
    assert attack.perpetrator == "التحالف العربي"
    assert attack.location is None or attack.location.admin_level != "country"  # "في اليمن" is inside the name


def test_strike_beside_the_fighting_is_its_own_record(offline_extract):
    records = offline_extract(_BESIDE).attacks
    assert ("التحالف العربي", "airstrike") in [(a.perpetrator, a.attack_type) for a in records]
    strike = next(a for a in records if a.attack_type == "airstrike")
    assert strike.location is not None and strike.location.governorate  # the article's area, not the country
    assert ("الجيش اليمني", "armed_assault") in _kinds(offline_extract, _BESIDE)


def test_switch_off_leaves_the_strike_out(offline_extract, monkeypatch):
    monkeypatch.setattr(incidents_mod, "FLOWN_ALONE", False)
    assert [k for _, k in _kinds(offline_extract, _BESIDE)] == ["armed_assault"]


def test_strikes_over_years_make_no_record(offline_extract):
    text = _FIGHT + "وشنت طائرات التحالف العربي عشرات الغارات استهدفت مواقع الميليشيات خلال السنوات الثلاث الماضية."
    assert [k for _, k in _kinds(offline_extract, text)] == ["armed_assault"]


def test_a_strike_named_by_a_noun_alone_makes_no_record(offline_extract):
    text = _FIGHT + "ويتساءل كثيرون: أين ضربات طائرات التحالف العربي ضد مواقع الميليشيات؟"
    assert [k for _, k in _kinds(offline_extract, text)] == ["armed_assault"]
