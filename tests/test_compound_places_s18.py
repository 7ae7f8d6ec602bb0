"""Session 18: a place name headed by a common noun ("بيت"، "خان") is not cut after its head when the next word
only looks clitic-led (agent/offline/named_places.py). Sentences written for these tests."""

import pytest


@pytest.fixture
def chains():
    from marsad.agent.offline import named_places
    old = named_places.HEAD_CHAINS
    yield named_places
    named_places.HEAD_CHAINS = old


def _names(offline_extract, text, title):
    return [a.location.name for a in offline_extract(text, title=title).attacks if a.location is not None]


_SANAA = ("قتل مسلحان مجهولان الأحد ضابطا في الشرطة في حي بيت بوس بالعاصمة اليمنية صنعاء.\n"
          "وقالت مصادر محلية إن المهاجمين فروا على دراجة نارية.")
_DIYALA = ("قتل أربعة مدنيين وأصيب تسعة آخرون الخميس بانفجار عبوة ناسفة في ناحية خان بني سعد في ديالى.\n"
           "ولم تتبن أي جهة التفجير حتى الآن.")


def test_a_short_word_after_a_head_stays_in_the_name(offline_extract, chains):
    names = _names(offline_extract, _SANAA, "مقتل ضابط في صنعاء")
    assert "بيت بوس" in names and "بيت" not in names


def test_a_bound_head_after_a_head_takes_its_word(offline_extract, chains):
    names = _names(offline_extract, _DIYALA, "انفجار في ديالى")
    assert "خان بني سعد" in names and "خان" not in names


def test_the_switch_off_cuts_the_names_to_their_heads(offline_extract, chains):
    chains.HEAD_CHAINS = False
    assert "بيت بوس" not in _names(offline_extract, _SANAA, "مقتل ضابط في صنعاء")
    assert "خان" in _names(offline_extract, _DIYALA, "انفجار في ديالى")


def test_a_clitic_led_place_after_a_head_is_not_its_name(offline_extract, chains):
    text = ("قتل جنديان السبت في هجوم على موقع عسكري في منطقة جبل بمديرية نهم شرق العاصمة صنعاء.\n"
            "وقالت مصادر إن الهجوم استمر ساعتين.")
    names = _names(offline_extract, text, "هجوم في نهم")
    assert not any("بمديرية" in n for n in names)
