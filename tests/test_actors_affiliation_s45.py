"""Pass 45: the affiliation of a named official whose title names his state by a nationality adjective, or whose
other mention names his body (sentences written for these tests)."""

import pytest

from marsad.agent.offline import actors_build, actors_home
from marsad.agent.offline.actors_home import role_government


def _person(result, name):
    return next(a for a in result.actors if a.name == name)


@pytest.mark.parametrize(("role", "code"), [
    ("وزير المالية البريطاني", "GB"),  # the portfolio "المالية" is no adjective of Mali
    ("وزيرة الداخلية الكينية", "KE"),
    ("وزير الشؤون المالية الكويتي", "KW"),
    ("السفير السعودي لدى اليمن", "SA"),
    ("الرئيس الإندونيسي", "ID"),
    ("رئيس الوزراء الإثيوبي", "ET"),
    ("رئيس البرلمان الإيراني", None),  # a parliament, not the government
    ("القيادي الحوثي", None),  # no state office
    ("سفير اليمن لدى الأمم المتحدة", None),  # no adjective before "لدى"
    ("وزير الداخلية الفلسطيني", None),  # which Palestinian government the adjective does not tell
    ("وزير", None),
    (None, None),
])
def test_role_government(role, code):
    assert role_government(role) == code


def test_minister_takes_his_state_government(offline_extract):
    r = offline_extract("وقالت وزيرة الخارجية الهولندية، إنغريد هولم، إن بلادها تدين التفجير الذي وقع أمس.")
    assert _person(r, "إنغريد هولم").affiliation == "Government of The Netherlands"


def test_minister_of_finance_is_not_mali(offline_extract):
    r = offline_extract("وقال وزير المالية الكندي، جيمس مورتن، إن حكومته ستدعم ضحايا الهجوم.")
    assert _person(r, "جيمس مورتن").affiliation == "Government of Canada"


def test_parliament_speaker_gets_no_government(offline_extract):
    r = offline_extract("وأكد رئيس البرلمان الإيراني حسن باقري أن بلاده سترد على الضربة.")
    assert _person(r, "حسن باقري").affiliation is None


def test_switch_off_keeps_none(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_home, "_ROLE_GOVERNMENT", False)
    r = offline_extract("وقال وزير المالية الكندي، جيمس مورتن، إن حكومته ستدعم ضحايا الهجوم.")
    assert _person(r, "جيمس مورتن").affiliation is None


TWO_MENTIONS = ("أفاد سكان أن القيادي المدعو ناجي الصبري أطلق النار على أحد جيرانه في القرية. "
                "وكان القيادي الحوثي ناجي الصبري قد هدد الجيران مرارا قبل الحادث.")


def test_other_mention_names_his_body(offline_extract):
    assert _person(offline_extract(TWO_MENTIONS), "ناجي الصبري").affiliation == "Houthis"


def test_other_mention_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_build, "_OTHER_MENTION_ORG", False)
    assert _person(offline_extract(TWO_MENTIONS), "ناجي الصبري").affiliation is None


def test_gulf_given_names_after_a_rank(offline_extract):
    # "فايز" / "ظافر" / "عايض" / "مرزوق": common given names that are also words; after a rank or title they are names
    r = offline_extract("وأفادت المصادر بأن العميد فايز الحبيشي، قائد الكتيبة الثالثة، أصيب في القصف على المعسكر.")
    assert any(a.name == "فايز الحبيشي" for a in r.actors)
    r = offline_extract("وقال قائد الشرطة اللواء ظافر الدوسري إن الدوريات طاردت المسلحين.")
    assert any(a.name == "ظافر الدوسري" for a in r.actors)


def test_the_word_winner_is_no_name(offline_extract):
    r = offline_extract("وقال الفائز بالسباق إن الشرطة أوقفت المسلحين قرب الملعب.")
    assert not any(a.type == "official" for a in r.actors)
