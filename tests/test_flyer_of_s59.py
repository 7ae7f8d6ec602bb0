"""Session 59: ``roles_subjects.FLYER_OF`` -- aircraft said to belong to a flying force ("مروحيات الأباتشي التابعة
للتحالف") and told as the subject of a strike or flight verb are that force's, also when the strike verb comes later
in the sentence with no subject of its own; warships too ("البوارج الحربية التابعة للتحالف"). Sentences written for the tests (no corpus text)."""

from marsad.agent.offline import OfflineExtractor, roles_subjects
from marsad.schemas import Document

DAY = "2016-11-20"


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    doc = Document(doc_id="snn:t-s59", title=None, text=text, published=DAY)
    return [(a.perpetrator, a.target) for a in OfflineExtractor().extract(doc).attacks]


FLEW_THEN_STRUCK = "حلقت مروحيات الأباتشي التابعة للتحالف فوق مديرية صرواح، وقصفت مواقع للمسلحين وقتلت 12 عنصرا."
SHOT_DOWN = "أسقطت الدفاعات الجوية طائرة تابعة للتحالف فوق مديرية صرواح، وقصفت القوات مواقع للمسلحين."
WARSHIPS = "قصفت البوارج الحربية التابعة للتحالف مواقع للمسلحين قرب جزيرة كمران، ما أدى إلى مقتل 7 مسلحين."
ONE_WARSHIP = "قصفت بارجة حربية تابعة للتحالف مواقع للمسلحين قرب جزيرة كمران، ما أدى إلى مقتل 4 مسلحين."
WARSHIPS_HIT = "قصفت الميليشيات البوارج المصرية التابعة لقوات التحالف قرب جزيرة كمران، ما أدى إلى إصابة 3 بحارة."
OTHER_DOER = "حلقت طائرات تابعة للتحالف فوق مديرية صرواح، فيما قصفت ميليشيا الحوثي منازل المدنيين وقتلت 3 أطفال."


def test_aircraft_of_the_coalition_that_flew_and_struck_are_the_coalition(monkeypatch):
    assert [p for p, _ in _pairs(FLEW_THEN_STRUCK)] == ["التحالف العربي"]
    monkeypatch.setattr(roles_subjects, "FLYER_OF", False)
    assert [p for p, _ in _pairs(FLEW_THEN_STRUCK)] == [None]


def test_warships_of_the_coalition_as_the_subject_are_the_coalition(monkeypatch):
    assert [p for p, _ in _pairs(WARSHIPS)] == ["التحالف العربي"]
    monkeypatch.setattr(roles_subjects, "FLYER_OF", False)
    assert [p for p, _ in _pairs(WARSHIPS)] == [None]
    assert [p for p, _ in _pairs(ONE_WARSHIP)] == [None]
    monkeypatch.setattr(roles_subjects, "FLYER_OF", True)
    assert [p for p, _ in _pairs(ONE_WARSHIP)] == ["التحالف العربي"]


def test_aircraft_shot_down_or_another_doer_lend_no_perpetrator():
    assert [p for p, _ in _pairs(SHOT_DOWN)] != ["التحالف العربي"]
    assert [p for p, _ in _pairs(WARSHIPS_HIT)] != ["التحالف العربي"]
    assert [p for p, _ in _pairs(OTHER_DOER)] == ["الحوثيين"]
