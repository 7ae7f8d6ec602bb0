"""Launches told with their projectile a few words off open a strike frame (session 9).

Sentences are written for the tests: a count or a subject between the launch and its projectile
("إطلاق عشرات الصواريخ"), the projectile first with a passive or relative launch verb ("صواريخ أُطلقت"،
"صاروخا أطلقته"), and what is not a launch (launchers, interceptors, space launches, a definite projectile
told before the verb as launches in general).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def frame_kinds():
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    def _kinds(text: str) -> list[list[str]]:
        ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-03-10"), get_gazetteer())
        return [f.concepts for si in range(len(ctx.sentences)) for f in find_frames(ctx, si)]

    return _kinds


@pytest.mark.parametrize("text", [
    "وأعلنت الحركتان تبنيهما إطلاق عشرات الصواريخ على البلدات الحدودية مساء الثلاثاء.",
    "وأطلقت الفصائل 12 صاروخا على المستوطنات فجر اليوم.",
    "وقال الجيش إن صواريخ أُطلقت من القطاع على أراضيه.",
    "وأطلقت صواريخ من الأراضي السورية على الهضبة.",
    "وسقط صاروخ كاتيوشا أطلقته الميليشيا على حفل زفاف.",
])
def test_launch_with_its_projectile_opens_a_strike_frame(frame_kinds, text):
    assert ["shelling"] in [sorted(set(k)) for k in frame_kinds(text)]


@pytest.mark.parametrize("text", [
    "ونشرت القوات منصات إطلاق صواريخ قرب الحدود.",
    "وأطلقت البحرية صاروخ اعتراض فوق البحر.",
    "وانفجر صاروخ أميركي أطلقته ناسا الفضائية بعد دقائق من إقلاعه.",
    "وطالبت الحكومة بالتحقيق في الطريقة التي وصلت بها الصواريخ التي أطلقت باتجاه المملكة إلى المسلحين.",
    "وأطلقت الشرطة سراح المعتقلين أمس.",
])
def test_no_launch_frame_without_a_fired_projectile(frame_kinds, text):
    assert not any("shelling" in k for k in frame_kinds(text))


def test_intercepted_missile_on_a_city_is_a_record(offline_extract):
    """A missile launched at a city and intercepted is an attack (violence was done), placed at its target."""
    result = offline_extract("اعترضت الدفاعات الجوية صباح الخميس صاروخا باليستيا أطلقته الميليشيات على مدينة مأرب.")
    (attack,) = result.attacks
    assert attack.attack_type == "shelling"
    assert attack.location is not None and attack.location.name == "مأرب"


def test_launches_summed_since_a_start_open_no_frame(frame_kinds):
    text = "وقال التقرير إن بقايا خمسة صواريخ أطلقها المسلحون على أراضي المملكة منذ يوليو تشترك في سمات واحدة."
    assert not any("shelling" in k for k in frame_kinds(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("وأصيب ثلاثة شبان برصاص الجنود شرق المدينة أمس.", "armed_assault"),
    ("وأصيب جنديان بجروح بنيران مسلحين قرب الحاجز.", "attack"),
    ("وأفاد المصدر بإصابة مزارع برصاصة قناص في حقله.", "sniper"),
])
def test_wounding_told_with_its_means_opens_a_frame(frame_kinds, text, kind):
    assert any(kind in k for k in frame_kinds(text))


@pytest.mark.parametrize("text", [
    "وأصيب منزل في البلدة بأضرار بنيران أطلقت من الجهة المقابلة.",
    "ومن بين المصابين طفل في الـ 15 من العمر أصيب برصاص في ساقه.",
    "وتزور الشابة بلدتها لأول مرة منذ أن أصيبت برصاصة في عنقها.",
    "وأصيب ثلاثة أشخاص بجروح في حادث سير على الطريق السريع.",
])
def test_wounding_without_a_new_shooting_opens_no_frame(frame_kinds, text):
    assert frame_kinds(text) == []


def test_wounded_by_gunfire_is_a_record_with_its_toll(offline_extract):
    (attack,) = offline_extract("وأصيب ثلاثة مزارعين برصاص مسلحين مجهولين في بلدة الزبداني صباح السبت.").attacks
    assert attack.injured == 3
    assert attack.attack_type == "armed_assault"
