"""Pass 40 (perp40c): a bare militia word written with "ل" after a word of belonging, whose unit, campaign or vehicles
are the subject of the attack verb right after it, is the doer (``roles_forces.OWNER_SUBJECT``). Sentences written
for these tests."""

import pytest

from marsad.agent.offline import roles_forces as rf
from marsad.core.arabic import normalize

NAMED = "وشنت ميليشيا الحوثي هجمات متكررة على مديرية ذي ناعم في محافظة البيضاء خلال الأسبوع الماضي. "


def _perps(extract, text: str) -> list:
    return [a.perpetrator for a in extract(NAMED + text, published="2019-03-10").attacks]


OWNER = ("وقال سكان إن رتلا مكونا من عشرات الآليات التابعة للميليشيات اقتحم قرية آل حميد في مديرية ذي ناعم "
         "بعد قصفها بقذائف الهاون.")


@pytest.mark.parametrize("text", [
    OWNER,
    "وذكرت مصادر قبلية أن حملة من المدرعات التابعة للميليشيات هاجمت قرية الصومعة في مديرية ذي ناعم فجر الخميس.",
])
def test_owner_phrase_before_the_verb_gives_the_militia(offline_extract, text):
    perps = _perps(offline_extract, text)
    assert sum(1 for p in perps if p and "الحوثي" in p) >= 2


def test_owner_phrase_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rf, "OWNER_SUBJECT", False)
    on = _perps(offline_extract, OWNER)
    assert sum(1 for p in on if p and "الحوثي" in p) == 1


def test_owned_thing_that_was_hit_is_no_doer():
    # the militia owns what was hit and no verb follows it: not the doer
    words = normalize("قصفت المقاتلات مواقع عسكرية التابعة للميليشيات في مديرية ذي ناعم").split()
    assert not rf._owner_subject(words, words.index("للميليشيات"), 0)
    words = normalize("دمرت المقاتلات عربات التابعة للميليشيات قبل ان تقتحم القرية").split()
    assert not rf._owner_subject(words, words.index("للميليشيات"), 0)
    words = normalize("وقال سكان ان رتلا من الاليات التابعة للميليشيات اقتحم القرية").split()
    assert rf._owner_subject(words, words.index("للميليشيات"), 0)
