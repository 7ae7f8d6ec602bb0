"""Pass 70 review mends of the role readers. Sentences written for these tests.

* an advance names the side fought only when that side is written as fought ("من"/"ضد"/"مع", what it holds, its men
  after such a link) and no armed group is the one told advancing (``roles_targets.advanced_on``);
* the side told after "فيها/خلالها" past the battle noun is the losing side only with a word of losses after it
  (``roles_targets._losing_side``);
* "ضحايا" + a definite -يين word names whose victims they were, not the victims; the adjective is read in the frame's
  own span (``roles_victims.victims_adjective``);
* a projectile after "منطقة" + an indefinite noun stays part of the target (``roles_targets._without_projectiles``);
* a force before "على" + an act is its doer only as the object of a verb of urging (``roles_killers.urged_doer``);
* a place whose name starts with "ب" is not told with "ب" (``roles_objects._placed_between``).
"""

from __future__ import annotations

import pytest


def _targets(offline_extract, text: str) -> list:
    return [a.target for a in offline_extract(text).attacks]


def _perps(offline_extract, text: str) -> list:
    return [a.perpetrator for a in offline_extract(text).attacks]


def _ctx(text: str):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    return build_context(Document(doc_id="t", text=text, published="2019-04-02"), get_gazetteer())


# -- advanced_on -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # the group advances itself, elsewhere
    "تخوض قوات الجيش اليمني معارك شرسة في جبهة نهم، بينما تقدم تنظيم القاعدة نحو مديرية المحفد جنوبا.",
    # the group withdrew long ago
    "تخوض قوات الجيش اليمني معارك شرسة في جبهة نهم، وتقدمت القوات بعد أن انسحب تنظيم القاعدة من المديرية العام الماضي.",
    # the group is told absent
    "تخوض قوات الجيش العراقي معارك شرسة في وادي حوران، مع تقدم القطعات نحو الحدود، دون أن تعثر على أثر لتنظيم داعش.",
])
def test_a_group_not_written_as_fought_is_no_target_of_the_advance(offline_extract, text):
    targets = _targets(offline_extract, text)
    assert not any(t and ("القاعدة" in t or "داعش" in t) for t in targets)


def test_an_advance_with_the_groups_supplies_cut_keeps_its_target(offline_extract):
    # guard: what the group holds ("إمدادات") after the storming names it as fought
    text = ("تمكنت قوات الجيش اليمني من اقتحام معسكر خالد شرق المدينة، مما أتاح قطع إمدادات ميليشيات الحوثي عن "
            "جبهة الساحل.")
    assert "الحوثيين" in _targets(offline_extract, text)


@pytest.mark.parametrize("words, found", [
    (["حققت", "الشرطه", "في", "الهجوم"], []),  # investigated
    (["حرر", "الضابط", "محضرا", "بالحادث"], []),  # wrote up a report
    (["تقدمت", "الوزاره", "بشكوي", "ضد"], []),  # submitted a complaint
    (["حقق", "الجيش", "تقدما", "نحو"], [2]),  # guard: gains, told by the noun
    (["تقدمت", "القوات", "نحو", "المدينه"], [0]),  # guard
])
def test_advance_words_in_another_sense_are_no_advance(words, found):
    from marsad.agent.offline.roles_targets import _advances

    assert _advances(words) == found


# -- _losing_side ------------------------------------------------------------------------------------------------------


def test_a_side_fighting_beside_the_army_is_no_losing_side(offline_extract):
    text = ("أحرزت قوات الجيش اليمني تقدما ملحوظا في مديرية الصومعة، بعد معارك ضارية شارك فيها الحوثيون إلى "
            "جانب القوات.")
    assert "الحوثيين" not in _targets(offline_extract, text)


# -- victims_adjective -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("doers", ["الإرهابيين", "الحوثيين"])
def test_whose_victims_they_were_is_no_target(offline_extract, doers):
    text = f"أعلنت الحكومة الحداد يومين على ضحايا {doers} في مجزرة الحي أمس، 35 قتيلا وعشرات الجرحى."
    assert doers not in _targets(offline_extract, text)


def test_the_victims_adjective_outside_the_frame_is_not_read():
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.roles_victims import victims_adjective

    text = ("قتل خمسة أشخاص في انفجار عبوة ناسفة وسط السوق، فيما طالب النواب بتعويض الضحايا العراقيين "
            "السابقين عن سنوات الحرب.")
    ctx = _ctx(text)
    frames = find_frames(ctx, 0)
    assert frames
    assert [victims_adjective(ctx, f) for f in frames] == [None] * len(frames)


def test_the_victims_adjective_in_the_frame_is_read():
    # guard: the victims told in the frame's own clause
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.roles_victims import victims_adjective

    text = "ارتفع عدد الضحايا المدنيين الذين سقطوا في قصف الطائرات على البلدة إلى تسعة."
    ctx = _ctx(text)
    assert "المدنيين" in [victims_adjective(ctx, f) for f in find_frames(ctx, 0)]


# -- _without_projectiles ----------------------------------------------------------------------------------------------


def test_a_store_of_missiles_keeps_them():
    from marsad.agent.offline.roles_targets import _without_projectiles

    assert _without_projectiles("منطقة تخزين صواريخ للمتمردين") == "منطقة تخزين صواريخ للمتمردين"
    assert _without_projectiles("مدينة جازان صواريخ") == "مدينة جازان"  # guard: a town's name before them


# -- urged_doer --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["وعلقت", "وعقبت", "واحتجت"])
def test_a_force_commenting_on_a_killing_is_no_doer(offline_extract, verb):
    text = f"{verb} الشرطة المحلية على اغتيال موظف في مدينة الناصرية مساء أمس، وقالت إن التحقيق جار."
    assert "الشرطة المحلية" not in _perps(offline_extract, text)


def test_a_force_urged_by_a_decision_stays_the_doer(offline_extract):
    # guard: a verb of urging before the force
    text = "وقال المتحدث إن صمت العالم حرض القوات الإسرائيلية على قتل عشرات المتظاهرين العزل عند السياج."
    assert _perps(offline_extract, text)[:1] == ["الجيش الإسرائيلي"]


def test_a_force_daring_to_kill_is_the_doer(offline_extract):
    # guard: the daring verb before the force keeps the doer urged_doer read on main
    text = "وتجرأت القوات الإسرائيلية على قتل عشرات المتظاهرين العزل قرب السياج أمس."
    assert _perps(offline_extract, text) == ["الجيش الإسرائيلي"]


# -- _placed_between ---------------------------------------------------------------------------------------------------


def test_a_town_whose_name_starts_with_ba_is_not_told_with_ba():
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.roles_objects import _placed_between

    text = "أطلق مسلحون النار مساء أمس قرب بعقوبة على دورية للشرطة."
    ctx = _ctx(text)
    (f,) = [f for f in find_frames(ctx, 0)][:1]
    words = ctx.sentences[0].words
    x = words.index("علي")
    assert _placed_between(ctx, f, 0, x) == set()


def test_a_town_told_with_ba_is_stepped_over():
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.roles_objects import _placed_between

    text = "أطلق مسلحون النار مساء أمس بمدينة بعقوبة على دورية للشرطة."
    ctx = _ctx(text)
    (f,) = [f for f in find_frames(ctx, 0)][:1]
    words = ctx.sentences[0].words
    x = words.index("علي")
    assert _placed_between(ctx, f, 0, x) == {x - 2, x - 1}
