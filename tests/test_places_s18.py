"""Session 18: which country a border written by its other side only belongs to (agent/offline/locations.py).
Sentences written for these tests."""

import pytest

_TURKISH_STORY = ("قالت الحكومة في أنقرة إن مقاتلات تركية قصفت الأحد مواقع في شمال سوريا قرب مدينة جرابلس.\n"
                  "وكانت تركيا قد فتحت قاعدة إنجرليك أمام طائرات التحالف، فيما تدور معارك في حلب وإدلب والرقة.\n"
                  "وقتل ثلاثة من رجال الشرطة الثلاثاء بهجوم مسلح استهدف حاجزا قرب الحدود مع سوريا.\n"
                  "وتبنى حزب العمال الكردستاني الهجوم الذي وقع في جنوب تركيا، وسبق أن شن الحزب هجمات من جبال العراق.")


def _border_records(offline_extract):
    """The Turkish story's attack records placed on a border."""
    attacks = offline_extract(_TURKISH_STORY, title="هجوم على نقطة تفتيش").attacks
    return [a for a in attacks if a.location is not None and "الحدود" in a.location.name]


@pytest.fixture
def third_on():
    from marsad.agent.offline import locations
    old = locations.BORDER_THIRD
    yield locations
    locations.BORDER_THIRD = old


def test_a_border_named_by_syria_in_a_turkish_story_is_turkeys(offline_extract, third_on):
    # the sentence names no nationality and Turkey holds under half the place votes: the country the article
    # names most after Syria (Turkey) owns the border, not Iraq's registry border with Syria
    border = _border_records(offline_extract)
    assert border and all(a.location.country == "TR" for a in border)


def test_the_switch_off_leaves_iraqs_registry_border(offline_extract, third_on):
    third_on.BORDER_THIRD = False
    border = _border_records(offline_extract)
    assert not border or any(a.location.country != "TR" for a in border)


def test_a_border_in_an_iraqi_story_stays_iraqs(offline_extract, third_on):
    text = ("أعلنت قيادة العمليات المشتركة في بغداد مقتل جنديين عراقيين بهجوم لداعش قرب الحدود السورية غربي الأنبار.\n"
            "وأضافت أن القوات العراقية تلاحق المهاجمين في صحراء القائم والرطبة.")
    attacks = offline_extract(text, title="هجوم قرب الحدود").attacks
    assert attacks and all(a.location is None or a.location.country == "IQ" for a in attacks)
