"""A target's head word is a noun of a thing, a place of people or a force, pass 51 (``roles_targets.JUNK_HEAD``): a
target read as an adjective of the attack noun ("قصفها العنيف"، "عملية تفجير إرهابية"), a body part of the victim
("بضربة على رأسه"), a preposition ("وتعرضت في ...") or a word for the doer ("الجاني") is none.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_targets

_STEPPED_OVER = "صعدت طائرات التحالف من غاراتها وقصفها العنيف على مواقع المتمردين في مدينة الحديدة أمس."
"""Pass 60: the object reader steps over the definite adjective (``object_skip``), so the object after "على" is read
and the junk head no longer comes up here."""

_CASES = [
    ("لم تعد تدهشنا أخبار مقتل 17 إنسانا في عملية تفجير إرهابية وسط المدينة.", "إرهابية"),
    ("أقدم رجل على قتل موظف في السفارة بالخرطوم بضربة على رأسه بآلة حادة.", "رأسه"),
    ("وتعرضت في عام 2014 لهجوم تبنته حركة طالبان حيث أصيبت بجروح بليغة.", "في"),
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "junk"), _CASES)
def test_a_junk_head_is_no_target(offline_extract, monkeypatch, on, text, junk):
    monkeypatch.setattr(roles_targets, "JUNK_HEAD", on)
    (a,) = offline_extract(text).attacks
    assert a.target == (None if on else junk)


@pytest.mark.parametrize("text", ["العنيف للمدينة", "الإرهابية", "كبير", "ساقه", "رأسها", "يدها", "في", "الجاني"])
def test_junk_heads(text):
    assert roles_targets._junk_head(text)


@pytest.mark.parametrize("text", ["مسلح", "المسلح", "مركز حدودي للجيش", "البحرية", "مواقع الحوثيين", "وجهاء القبيلة",
                                  "يد الإرهاب حاجز قوات الأمن", "مسلحين", "رجال الأمن"])
def test_target_heads_kept(text):
    assert not roles_targets._junk_head(text)


def test_a_definite_adjective_is_stepped_over_to_the_object(offline_extract):
    (a,) = offline_extract(_STEPPED_OVER).attacks
    assert a.target == "مواقع المتمردين"
