"""Pass 43: the subject of a verb of managing or failing is the doer of the act after its "في"/"من".

- roles_subjects._managed_doer (switch MANAGED_DOER): "نجحت المقاومة في استهداف دورية"، "أخفقت الحركة في
  اقتحام قاعدة"، "فشلت الميليشيا، الجمعة، في إطلاق صاروخ" -- whoever succeeded or failed to do the act did it
  (words of managing: roles.json ``managed_verbs``; the link: ``managed_links``).
- Not an act other than the record's own ("فشل الجيش في صد هجوم شنه مسلحون": the attack is the gunmen's), nor a
  foiled attack ("تمكنت الشرطة من إحباط هجوم": no attack record at all).

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.roles_subjects as subjects_mod


def _doers(offline_extract, text: str) -> list[str | None]:
    return [a.perpetrator for a in offline_extract(text).attacks]


def test_succeeded_in_striking(offline_extract):
    text = "ونجحت المقاومة الشعبية في استهداف دورية للحوثيين في مديرية الشمايتين، ما أسفر عن مقتل أربعة منهم."
    assert _doers(offline_extract, text) == ["المقاومة الشعبية"]


def test_failed_launch_past_a_day(offline_extract):
    text = "أخفقت ميليشيا الحوثي الانقلابية، الجمعة، في إطلاق صاروخ باليستي من منطقة سنحان جنوب العاصمة."
    assert _doers(offline_extract, text) == ["الحوثيين"]


def test_failed_storming(offline_extract):
    text = "وفشلت حركة الشباب في اقتحام معسكر للجيش في بلدة جلب، وقتل ستة من مسلحيها."
    assert _doers(offline_extract, text) == ["حركة الشباب"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(subjects_mod, "MANAGED_DOER", False)
    text = "ونجحت المقاومة الشعبية في استهداف دورية للحوثيين في مديرية الشمايتين، ما أسفر عن مقتل أربعة منهم."
    assert _doers(offline_extract, text) == [None]


def test_another_act_after_the_link_is_not_the_record(offline_extract):
    text = "وفشل الجيش في صد هجوم شنه مسلحون على بلدة في مديرية خب والشعف."
    assert "الجيش اليمني" not in _doers(offline_extract, text)


def test_a_foiled_attack_makes_no_record(offline_extract):
    assert _doers(offline_extract, "وتمكنت الشرطة من إحباط هجوم انتحاري على مسجد في مدينة القطيف.") == []


def test_the_police_storming_a_hostage_scene_is_no_doer(offline_extract):
    text = "ونجحت الشرطة البلجيكية، مساء الأحد، في اقتحام متجر في مدينة لييج وتحرير رهائن احتجزهم مسلحان داخله."
    assert "الشرطة البلجيكية" not in _doers(offline_extract, text)
