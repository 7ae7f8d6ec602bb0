"""Session 21 (inc): one person's death told in a relative clause about them is no incident of its own
(agent/offline/attacks_events._biography, switch attacks_events.BIOGRAPHY).

"... مؤسس الحركة الذي قتل في 2004"، "... قائدها الراحل الذي قُتل لاحقا": how a person the article names died, told in
passing, made a record with one dead and the place of the main clause. A relative clause that names where the
person died ("الذي قتل في اشتباكات ... بمحافظة مأرب") still tells an incident; so does a clause whose victim is named
after the verb ("التعذيب الذي أودى بحياة الصحافي"). The sentences below are written for the tests.
"""

from marsad.agent.offline import OfflineExtractor, attacks_events
from marsad.schemas.document import Document

_LATER = ("وبدأ دعم ميليشيات الحوثي بعد توقيع معاهدة الحدود بين السعودية واليمن، عبر قائدها الراحل فهد الكبسي "
          "الذي قتل لاحقا.")
_PLACED = ("وأعلنت ميليشيات الحوثي الثلاثاء دفن القيادي سالم العمري الذي قتل في اشتباكات مع الجيش اليمني "
           "بمحافظة مأرب.")


def _attacks(text):
    doc = Document(doc_id="t", title=None, source="x", published="2016-03-10", text=text)
    return [(a.attack_type, a.killed, a.location.name if a.location else None)
            for a in OfflineExtractor().extract(doc).attacks]


def test_a_death_told_in_passing_about_a_person_is_no_incident():
    assert _attacks(_LATER) == []


def test_switch_off_keeps_the_passing_death(monkeypatch):
    monkeypatch.setattr(attacks_events, "BIOGRAPHY", False)
    assert _attacks(_LATER) == [("other", 1, "السعودية")]


def test_a_death_told_with_its_place_stays_an_incident():
    assert [(k, p) for _, k, p in _attacks(_PLACED)] == [(1, "محافظة مأرب")]
