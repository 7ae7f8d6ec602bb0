"""Pass 45: the "على" of what an attack hit, written past words that only tell the attack (its adjectives, its doer
with "ل", a time of day) or after an attack noun with its owner's pronoun or the article, gives the target
(ON_PAST_GAP); any other word between them ends the gap."""

from __future__ import annotations

from marsad.agent.offline import roles_objects


def _targets(offline_extract, text):
    return [a.target for a in offline_extract(text).attacks]


_DOER_BETWEEN = "وأسفرت غارة جوية لطائرات التحالف على مواقع المسلحين في جبل صبر عن مقتل قيادي ميداني."
_TIME_BETWEEN = "شنت قوات الجيش هجوماً واسعاً خلال ساعات الصباح على مواقع المسلحين في مديرية الحزم."


def test_doer_with_lam_between(offline_extract):
    assert _targets(offline_extract, _DOER_BETWEEN) == ["مواقع المسلحين"]


def test_adjective_and_time_between(offline_extract):
    assert _targets(offline_extract, _TIME_BETWEEN) == ["مواقع المسلحين"]


def test_owned_attack_noun(offline_extract):
    text = "واصل التحالف تكثيف غاراته الجوية على مواقع المسلحين في مديرية الخوخة."
    assert _targets(offline_extract, text) == ["مواقع المسلحين"]


def test_definite_attack_noun_with_ordinal(offline_extract):
    text = "نفذ الطيران الحربي الغارة الرابعة على أحياء سكنية في بلدة سراقب."
    assert _targets(offline_extract, text) == ["أحياء سكنية"]


def test_other_words_end_the_gap(offline_extract):
    # negative: "على" belongs to the verb of agreeing told after the strikes, not to the strikes
    text = "نفذت طائرات التحالف غارات في مدينة الرقة بعد أن وافقت الحكومة على خطة جديدة لإعادة الإعمار."
    assert all(t is None or "خطة" not in t for t in _targets(offline_extract, text))


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_objects, "ON_PAST_GAP", False)
    monkeypatch.setattr(roles_objects, "LAM_DOER_BEFORE_ON", False)  # (pass 63: it reads the same "على" object)
    assert _targets(offline_extract, _DOER_BETWEEN) != ["مواقع المسلحين"]
