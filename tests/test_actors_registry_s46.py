"""Registry (pass 46): air defence forces (Saudi, the Arab coalition's) and Yemen's joint forces as bodies of their
own; an air defence force is never an attack's doer nor its target. Sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_targets


def _actors(offline_extract, text):
    return {a.name: a for a in offline_extract(text).actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("وأسقطت قوات الدفاع الجوي الملكي السعودي طائرة مسيرة أطلقها الحوثيون باتجاه أبها.",
         "قوات الدفاع الجوي الملكي السعودي", "state_military"),
        ("وقالت الدفاعات الجوية للتحالف إنها دمرت صاروخين باليستيين فوق صعدة.", "الدفاعات الجوية للتحالف",
         "foreign_coalition"),
        ("وتقدمت القوات اليمنية المشتركة نحو مديرية الدريهمي جنوب الحديدة اليمنية.", "القوات اليمنية المشتركة",
         "state_military"),
    ],
)
def test_body_read_whole(offline_extract, text, name, kind):
    actors = _actors(offline_extract, text)
    assert name in actors, actors
    assert actors[name].type == kind


def test_yemeni_forces_alone_stay_the_army(offline_extract):
    actors = _actors(offline_extract, "وتقدمت القوات اليمنية نحو مديرية الدريهمي جنوب الحديدة اليمنية.")
    assert "القوات اليمنية المشتركة" not in actors
    assert "القوات اليمنية" in actors


def test_air_defence_is_no_doer(frame_doers):
    doers = frame_doers("وقال المتحدث باسم التحالف إن الدفاع الجوي السعودي دمر خمسة صواريخ حوثية، أطلقت على المملكة "
                        "اثنان منها باتجاه جدة وواحد باتجاه جازان.")
    # (the salvo told part by part opens one frame per part, frames_readers.COUNTED_PARTS: their doer is not read)
    assert doers[0] == "الحوثيين" and not any(d and "الدفاع" in d for d in doers), doers


def test_other_forces_still_doers(frame_doers):
    assert frame_doers("وقصف الجيش السعودي مواقع للحوثيين في صعدة بالمدفعية الثقيلة.") == ["الجيش السعودي"]


@pytest.mark.parametrize("on", [True, False])
def test_air_defence_is_no_target(offline_extract, monkeypatch, on):
    # the air defence force is the only force in the missile's frame: with the switch off it is read as the target
    monkeypatch.setattr(roles_targets, "AIR_DEFENCE_NO_TARGET", on)
    (attack,) = offline_extract("سقط صاروخ حوثي في جازان قرب الدفاعات الجوية السعودية دون إصابات.").attacks
    assert (attack.target != "قوات الدفاع الجوي الملكي السعودي") is on


def test_un_panel_of_experts_is_its_own_body(offline_extract):
    actors = _actors(offline_extract, "وأكد فريق الخبراء الأممي المعني باليمن في تقريره أن الحوثيين صادروا شحنات الوقود.")
    assert "فريق الخبراء الأممي المعني باليمن" in actors, actors
    assert "الأمم المتحدة" not in actors


def test_united_nations_alone_stays(offline_extract):
    actors = _actors(offline_extract, "ودعت الأمم المتحدة الحوثيين إلى فتح ميناء الحديدة أمام شحنات الوقود.")
    assert "الأمم المتحدة" in actors, actors
