"""Session 29 toll rules, on sentences written for the tests: a country's nisba describing the body that speaks in
the sentence after an incident names no place of its own, so that sentence may still tell the incident's toll; a
battle's figure said to hold both sides ("من الطرفين") is no victims' count; a dual after a victim's complement
counts two more ("مقتل آمر الفوج وجنديين" = 3); a revised toll whose noun names no kind takes over when the dead
are counted after its figure ("وارتفعت الحصيلة إلى 10 قتلى"); a victim told by a relative clause after "بينهم" is a
part of a toll told before, no count of its own; a relative told with others counted after them counts them all
("وإصابة والده واثنين آخرين" = 3); a figure "بمن فيهم الانتحاري" mixes the attacker in: no victims' count."""

from __future__ import annotations

import pytest

from marsad.agent.offline import (
    OfflineExtractor,
    casualties_companions,
    casualties_excluded,
    casualties_frame,
    casualties_updates,
    frames,
)
from marsad.schemas import Document

_EX = OfflineExtractor()


def _tolls(text: str) -> list[tuple]:
    r = _EX.extract(Document(doc_id="t", title=None, text=text, published="2019-03-10"))
    return [(a.killed, a.injured) for a in r.attacks]


ESCAPE = "نجا نائب في البرلمان من تفجير استهدف موكبه في مدينة صيدا.\n"


def test_nisba_of_the_speaker_is_no_place_of_the_next_sentence():
    text = ESCAPE + "وحملت الرئاسة اللبنانية جماعة مسلحة مسؤولية التفجير الذي أدى لإصابة 7 من حراسه بجروح."
    assert _tolls(text) == [(None, 7)]


def test_nisba_after_a_ministry():
    text = ESCAPE + "وقالت وزارة الصحة اللبنانية إن 4 أشخاص أصيبوا بجروح."
    assert _tolls(text) == [(None, 4)]


def test_switch_off_keeps_the_nisba_a_place(monkeypatch):
    monkeypatch.setattr(casualties_frame, "NEXT_NISBA", False)
    text = ESCAPE + "وحملت الرئاسة اللبنانية جماعة مسلحة مسؤولية التفجير الذي أدى لإصابة 7 من حراسه بجروح."
    assert (None, 7) not in _tolls(text)


def test_own_places_reader():
    from marsad.agent.offline.context import build_context

    ctx = build_context(Document(doc_id="t", title=None, published="2019-03-10",
                                 text="وقالت الرئاسة اللبنانية إن اثنين أصيبا في لبنان."), _EX._gazetteer)
    words = ctx.sentences[0].words
    assert [words[m.i] for m in casualties_frame._own_places(ctx, 0)] == ["لبنان"]


# a figure said to hold both sides of a fight is not split by side: killed left out (guidelines, battles)
@pytest.mark.parametrize("text,expected", [
    ("وأسفرت المعارك المستمرة في ريف حماة عن مقتل أكثر من 35 مقاتلا من الطرفين، وفق المرصد.", None),
    ("اندلعت اشتباكات بين عشيرتين في ناحية الفهود أسفرت عن سقوط 5 قتلى من كلا الطرفين.", None),
    ("اندلعت اشتباكات بين عشيرتين في ناحية الفهود أسفرت عن مقتل 5 أشخاص في صفوف الجانبين.", None),
    ("هاجم مسلحون حاجزا للجيش في ناحية الفهود ما أدى إلى مقتل 5 من عناصر الحاجز.", 5),
])
def test_both_sides_figure_is_no_toll(text, expected):
    assert _tolls(text)[0][0] == expected


def test_both_sides_leaves_the_other_kind():
    text = "اندلعت اشتباكات بين عشيرتين في ناحية الفهود أسفرت عن سقوط 5 قتلى من كلا الطرفين وإصابة 8."
    assert _tolls(text) == [(None, 8)]


def test_both_sides_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_excluded, "BOTH_SIDES", False)
    text = "وأسفرت المعارك المستمرة في ريف حماة عن مقتل أكثر من 35 مقاتلا من الطرفين، وفق المرصد."
    assert _tolls(text)[0][0] == 35


def test_both_sides_reader():
    words = ["مقتل", "5", "مقاتلين", "من", "الطرفين"]
    assert casualties_excluded._both_sides_after(words, 2)
    assert not casualties_excluded._both_sides_after(["مقتل", "5", "جنود", "واصابه", "3", "من", "الطرفين"], 2)


RAID = "هاجم مسلحون مقرا لحرس الحدود قرب بلدة الرطبة فجر الاثنين ما أدى إلى "


@pytest.mark.parametrize("tail,expected", [
    ("مقتل آمر السرية وجنديين وإصابة ثلاثة آخرين.", (3, 3)),
    ("مقتل آمر المخفر وشرطيين.", (3, None)),
    ("مقتل آمر السرية وجندي.", (2, None)),
    ("مقتل آمر السرية وثلاثة جنود.", (4, None)),
])
def test_dual_after_a_victims_complement(tail, expected):
    assert _tolls(RAID + tail) == [expected]


def test_dual_after_complement_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_companions, "COMPLEMENT_DUAL", False)
    assert _tolls(RAID + "مقتل آمر السرية وجنديين وإصابة ثلاثة آخرين.") == [(1, 3)]


BLAST = "انفجرت سيارة مفخخة قرب مرآب للحافلات في مدينة كربلاء مساء الخميس، ما أسفر عن مقتل 6 مسافرين وإصابة 11.\n"


@pytest.mark.parametrize("update,expected", [
    ("وارتفعت الحصيلة لاحقا إلى 19 قتيلا.", (19, 11)),
    ("وقال مدير الصحة إن الحصيلة ارتفعت إلى 19 قتيلا و33 جريحا.", (19, 33)),
    ("وارتفعت حصيلة الضحايا إلى 19 قتيلا و33 جريحا.", (19, 33)),
    ("وارتفع عدد الضحايا إلى 19 قتيلا.", (19, 11)),
    ("وارتفعت حصيلة القتلى إلى 19.", (19, 11)),         # (read so before)
])
def test_revised_toll_counting_the_dead_after_its_figure(update, expected):
    assert _tolls(BLAST + update) == [expected]


def test_revised_toll_over_a_period_is_not_the_incidents():
    assert _tolls(BLAST + "وارتفعت الحصيلة في المحافظة منذ بداية الشهر إلى 40 قتيلا.")[0] == (6, 11)


def test_revised_toll_switches_off(monkeypatch):
    monkeypatch.setattr(casualties_updates, "DEAD_AFTER_FIGURE", False)
    monkeypatch.setattr(frames, "UPDATE_NOUN_ONLY", False)
    assert _tolls(BLAST + "وارتفعت الحصيلة لاحقا إلى 19 قتيلا.") == [(6, 11)]


def test_dead_after_figure_reader():
    words = ["وارتفعت", "الحصيله", "لاحقا", "الي", "19", "قتيلا"]
    assert casualties_updates._dead_after_figure(words, 1, len(words))
    assert not casualties_updates._dead_after_figure(["وارتفعت", "الحصيله", "الي", "19", "شخصا"], 1, 5)


FRONT = "أسفرت مواجهات عنيفة في جبهة نهم عن مقتل العشرات من مسلحي الميليشيات، "


def test_relative_clause_after_part_opener_counts_nothing():
    text = FRONT + "بينهم القيادي ناصر الهمداني الذي لقي مصرعه في منطقة المدفون."
    assert all(k is None for k, _ in _tolls(text))


def test_relative_clause_without_part_opener_counts_one():
    text = "انفجرت عبوة ناسفة على طريق في قضاء الدجيل، وقتل فيها المزارع ناصر الهمداني الذي لقي مصرعه على الفور."
    assert _tolls(text) == [(1, None)]


def test_relative_part_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_frame, "REL_PART", False)
    text = FRONT + "بينهم القيادي ناصر الهمداني الذي لقي مصرعه في منطقة المدفون."
    assert 1 in [k for k, _ in _tolls(text)]


SHELL = "سقطت قذيفة هاون على سوق للخضار في مديرية المسراخ ظهر الثلاثاء، ما أدى إلى "


@pytest.mark.parametrize("tail,expected", [
    ("مقتل الشاب سامي العبسي، وإصابة والده واثنين آخرين.", (1, 3)),
    ("مقتل شاب وإصابة شقيقه و4 من المتسوقين.", (1, 5)),
    ("إصابة والدته وشقيقته وثلاثة آخرين.", (None, 5)),
    ("مقتل شاب وإصابة شقيقه وعدد من المتسوقين.", (1, None)),   # a vague rest: no count
    ("مقتل شاب وإصابة شقيقه.", (1, None)),                   # one relative alone: as before
])
def test_relative_with_others_counted(tail, expected):
    assert _tolls(SHELL + tail) == [expected]


def test_relative_with_others_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_frame, "KIN_OTHERS", False)
    assert _tolls(SHELL + "مقتل الشاب سامي العبسي، وإصابة والده واثنين آخرين.") == [(1, None)]


BOMBER = "فجر انتحاري حزاما ناسفا داخل قاعة عزاء في بلدة المحاويل مساء السبت، ما أسفر عن "


@pytest.mark.parametrize("tail,expected", [
    ("مقتل 11 شخصا بمن فيهم الانتحاري.", (None, None)),
    ("مقتل 11 شخصا بما فيهم المهاجم وإصابة 17.", (None, 17)),
    ("مقتل 11 شخصا بمن فيهم صاحب القاعة.", (11, None)),    # a victim among them: the toll stands
])
def test_including_the_attacker_is_a_mixed_figure(tail, expected):
    assert _tolls(BOMBER + tail) == [expected]


def test_including_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_excluded, "MIXED_INCLUDING", False)
    assert _tolls(BOMBER + "مقتل 11 شخصا بمن فيهم الانتحاري.") == [(11, None)]
