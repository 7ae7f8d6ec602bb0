"""Attacks told the ways real Arabic news tells them without the usual attack verb, on sentences written
for these tests.

Each case is one telling the offline rules once missed: a battle or an operation known only by its toll
("وأسفرت المعارك عن سقوط قتلى"), a firing verb with its subject before its object ("فتح مسلحون النار"),
a possessive or definite plural strike word ("هجومها"، "الاشتباكات"), an event word glued to the next
word by a lost space ("بانفجارعبوة"), bodies found killed, and a casualty clause told after a long place
phrase ("، وأسفرت عن سقوط قتلى"). The negative cases keep the same words out when no violence is told.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline.context import build_context
from marsad.agent.offline.frames import find_frames
from marsad.agent.offline.mentions import get_gazetteer
from marsad.schemas import Document


def _attacks(offline_extract, text):
    return offline_extract(text, published="2017-03-14").attacks


@pytest.mark.parametrize("text,place,killed,injured,atype", [
    # battles and clashes known by their toll
    ("وأسفرت المعارك التي دارت في ناحية الضلوعية أمس عن سقوط قتلى وجرحى من الطرفين.", "الضلوعية", None, None,
     "armed_assault"),
    ("قتل ستة من عناصر الحشد خلال مواجهات مع مسلحي داعش في قضاء طوزخورماتو.", "طوزخورماتو", 6, None,
     "armed_assault"),
    ("وأسفرت الاشتباكات بين الشرطة ومسلحين مجهولين في حي العامرية عن مقتل شرطيين.", "العامرية", 2, None,
     "armed_assault"),
    # an operation told with what it killed
    ("أعلنت قيادة العمليات أن عملية عسكرية في جزيرة سامراء أسفرت عن مقتل 9 من عناصر التنظيم.", "سامراء", 9,
     None, None),
    # a firing verb whose subject stands before "النار"
    ("فتح مجهولون النار على دورية للشرطة في قضاء المقدادية ما أدى إلى إصابة شرطيين.", "المقدادية", None, 2,
     "armed_assault"),
    # an event word glued to the next word
    ("وأصيب أربعة مدنيين بانفجارعبوة ناسفة قرب سوق شعبي في قضاء المحمودية.", "المحمودية", None, 4, None),
    # bodies found killed
    ("وعثرت الشرطة على جثث ثلاثة أشخاص مقتولين بطلقات نارية في منطقة النهروان.", "النهروان", 3, None, None),
])
def test_attack_told_without_attack_verb(offline_extract, text, place, killed, injured, atype):
    attacks = _attacks(offline_extract, text)
    assert len(attacks) == 1, [(a.location and a.location.name, a.killed) for a in attacks]
    a = attacks[0]
    assert a.location is not None and place in a.location.name
    assert a.killed == killed
    assert a.injured == injured
    if atype:
        assert a.attack_type == atype


def test_consequence_after_a_long_place_phrase_keeps_its_strike(offline_extract):
    # the casualty clause belongs to the strike told before the long place phrase, and so does the place
    text = ("وشنت مقاتلات التحالف، صباح اليوم، غارات على مواقع وتجمعات للمسلحين في عدة قرى تابعة لناحية "
            "العلم شرقي مدينة تكريت، وأسفرت عن سقوط قتلى وجرحى في صفوفهم.")
    attacks = _attacks(offline_extract, text)
    assert len(attacks) == 1
    assert attacks[0].attack_type == "airstrike"
    assert attacks[0].location is not None and "العلم" in attacks[0].location.name


def test_toll_told_before_its_cause_is_one_event(offline_extract):
    # the casualties, their place, then the shelling that caused them ("، في قصف مدفعي")
    text = ("وأكد المصدر أن المسلحين تكبدوا خلال الساعات الماضية سقوط قتلى وأسرى في ما تبقى من مواقعهم "
            "بقرية البو حمدان في ناحية الصقلاوية، جراء قصف مدفعي كثيف نفذته قوات الجيش.")
    attacks = _attacks(offline_extract, text)
    assert len(attacks) == 1
    assert attacks[0].attack_type == "shelling"
    assert attacks[0].location is not None and attacks[0].location.name in {"البو حمدان", "ناحية الصقلاوية"}


def test_strike_carried_on_and_aircraft_before_the_verb(offline_extract):
    # "كما استهدفت" goes on with the air strike told before it: one record per place it names
    text = "وقصفت طائرات التحالف مخازن للسلاح قرب مدينة تلعفر، كما استهدفت مواقع في قضاء سنجار."
    kinds = sorted((a.location.name, a.attack_type) for a in _attacks(offline_extract, text) if a.location)
    assert ("قضاء سنجار", "airstrike") in kinds and len(kinds) == 2
    # the aircraft named before "استهدفت" are its subject
    attacks = _attacks(offline_extract, "وذكر مصدر أن الطائرات الحربية استهدفت مواقع المسلحين في ناحية القيارة.")
    assert [a.attack_type for a in attacks] == ["airstrike"]


def test_armed_clashes_need_no_toll(offline_extract):
    attacks = _attacks(offline_extract, "ووقعت مواجهات مسلحة بين عناصر الشرطة ومهربين في قضاء الزبير أمس.")
    assert [a.attack_type for a in attacks] == ["armed_assault"]


def test_possessive_attack_word_opens_a_frame():
    doc = Document(doc_id="t", text="واصلت الطائرات الحربية أمس هجومها على مواقع المسلحين في سوريا.",
                   published="2017-03-14")
    ctx = build_context(doc, get_gazetteer())
    frames = find_frames(ctx, 0)
    assert [f.concepts for f in frames] == [["attack"]]


@pytest.mark.parametrize("text", [
    # battle and operation words with no toll: plans, talk, advances
    "وقال القائد إن المعارك لتحرير الموصل ستبدأ قريبا بمشاركة قطعات الجيش والشرطة الاتحادية.",
    "أعلنت وزارة الدفاع انطلاق عملية عسكرية لتطهير صحراء الأنبار من بقايا التنظيم.",
    # rules of engagement are no clash
    "وأكد المتحدث أن قواعد الاشتباك التي يعتمدها الجيش في المنطقة الحدودية لم تتغير.",
    # a glued word that is no event
    "وتحدث الوزير عن الخطة الهجومية التي أعدتها القيادة لتحرير المدينة.",
    # bodies of people who died of no violence told
    "وانتشلت فرق الدفاع المدني جثث غرقى من نهر دجلة قرب مدينة سامراء.",
])
def test_no_attack_without_violence(offline_extract, text):
    assert _attacks(offline_extract, text) == []
