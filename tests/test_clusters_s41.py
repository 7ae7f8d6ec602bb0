"""Pass 41 (one side per incident: another force's air strike told after a ground attack).

- An air strike flown by a state's or a coalition's force, named with its own doer and told with a day but no place of
  its own, is no further telling of the ground attack or killing another force was told with in an earlier sentence
  (attacks_clusters.UNPLACED_STRIKE): "كما شنت مقاتلات التحالف، الخميس، غارات على مواقع المتمردين" after the army's
  kill is the coalition's strike, not the army's.
- Not when one sentence tells both sides' fighting and strikes together, nor for the army's own later news.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.attacks_clusters as clusters_mod

_DATED = ("لقي القيادي الحوثي أبو علي المؤيد مصرعه على يد الجيش اليمني في جبهة صرواح بمحافظة مأرب. كما شنت مقاتلات "
          "التحالف العربي، الخميس، غارات على مواقع المتمردين في المناطق الخاضعة لهم.")


def _doers(offline_extract, text: str) -> list[tuple[str | None, str | None]]:
    return sorted(((a.perpetrator, a.attack_type) for a in offline_extract(text).attacks), key=str)


def test_a_dated_unplaced_strike_is_not_the_armys_kill(offline_extract):
    got = _doers(offline_extract, _DATED)
    assert ("التحالف العربي", "airstrike") in got
    assert ("الجيش اليمني", "other") in got


def test_dated_strike_switch_off_joins_the_kill(offline_extract, monkeypatch):
    monkeypatch.setattr(clusters_mod, "UNPLACED_STRIKE", False)
    assert [d for d, _ in _doers(offline_extract, _DATED)] == ["الجيش اليمني"]


def test_one_sentence_of_fighting_and_strikes_stays_one_record(offline_extract):
    text = "قتل 20 من المتمردين الحوثيين في مواجهات مع الجيش اليمني وغارات لطائرات التحالف في مديرية الغيل بمحافظة الجوف."
    assert len(offline_extract(text).attacks) == 1


def test_the_armys_own_later_news_is_not_split(offline_extract):
    text = ("شنت قوات الجيش اليمني صباح الخميس هجوما واسعا على مواقع المتمردين الحوثيين في مديرية الغيل بمحافظة "
            "الجوف. وأضاف المصدر أن القوات استعادت عدة مواقع في المنطقة.")
    assert _doers(offline_extract, text) == [("الجيش اليمني", "other")]
