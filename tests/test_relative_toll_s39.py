"""A definite bombing told only with its toll ("التفجير الذي أودى بحياة ...") in an article that tells it no other way."""

import pytest

from marsad.agent.offline import frames_readers


def _attacks(offline_extract, text):
    return [(a.killed, a.attack_type) for a in offline_extract(text, published="2016-03-14").attacks]


@pytest.mark.parametrize("text, expected", [
    ("وقال المحافظ إن التفجير الذي أدى إلى مقتل 11 شخصا في مدينة الحلة كان مدبرا.", [(11, "other")]),
    ("ندد الوزير بالتفجير الانتحاري الذي أوقع أمس 17 قتيلا في سوق مدينة تكريت.", [(17, "suicide_attack")]),
    ("وقال الناطق إن الانفجار الانتحاري الذي أودى بحياة 6 أشخاص وقع قرب حسينية.", [(6, "suicide_attack")]),
])
def test_a_definite_bombing_told_with_its_toll_is_an_attack(offline_extract, text, expected):
    assert _attacks(offline_extract, text) == expected


def test_a_bare_blast_with_a_toll_may_be_an_accident(offline_extract):
    text = "وأوضح المدير أن الانفجار الذي أدى إلى مقتل 4 عمال نجم عن تسرب للغاز داخل المعمل."
    assert _attacks(offline_extract, text) == []


def test_the_bombing_named_again_is_not_a_second_attack(offline_extract):
    text = ("قتل 19 شخصا في تفجير انتحاري استهدف سوقا في مدينة سامراء أمس. "
            "وقال قائد الشرطة إن التفجير الذي أوقع 19 قتيلا نفذه انتحاري يرتدي حزاما ناسفا.")
    assert _attacks(offline_extract, text) == [(19, "suicide_attack")]


def test_switch_off_keeps_the_old_reading(offline_extract, monkeypatch):
    monkeypatch.setattr(frames_readers, "RELATIVE_TOLL_TOLD", False)
    assert _attacks(offline_extract, "ندد الوزير بالتفجير الانتحاري الذي أوقع أمس 17 قتيلا في سوق مدينة تكريت.") == []



def test_targeting_money_is_no_attack(offline_extract):
    # sanctions told with the word for targeting: "a centre for targeting the financing of terrorism"
    text = ("وقالت الرياض إن التصنيف جرى بالتعاون مع واشنطن التي تشارك في رئاسة مركز استهداف تمويل الإرهاب، وبقية "
            "الدول الأعضاء في المركز.\nوأعلن عن تأسيس مركز استهداف تمويل الإرهاب في 12 مارس 2016 ليجمع جهود سبع "
            "دول في ملاحقة الأموال.")
    assert offline_extract(text, published="2018-05-16").attacks == []
