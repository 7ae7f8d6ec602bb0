"""Fire told with "and" after another event of its sentence goes on with it; a town named by an everyday word is the
town wherever the article once names it after a place cue."""

from __future__ import annotations

from marsad.agent.offline import frames, locations

FIRE = "وقال مسؤول إن مسلحين اقتحموا مبنى البلدية في الصباح، وأطلقوا النار داخله قبل أن ينسحبوا."
TOWN = ("تقدمت قوات الجيش جنوب مدينة الحزم بعد معارك مع جماعة الحوثي.\n"
        "وقال قائد ميداني إن 9 مسلحين من الحوثيين قتلوا في المعارك قرب الحزم.")



def _frames(text: str) -> list:
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    ctx = build_context(Document(doc_id="t", title="", text=text, published="2018-03-01"), get_gazetteer())
    return [f for si in range(len(ctx.sentences)) for f in frames.find_frames(ctx, si)]


def test_fire_after_and_goes_on_with_the_storming(monkeypatch):
    assert len(_frames(FIRE)) == 1
    monkeypatch.setattr(frames, "FIRE_GOES_ON", False)
    assert len(_frames(FIRE)) == 2


def test_fire_told_alone_still_opens_its_frame():
    (f,) = _frames("وقال شهود إن مسلحين أطلقوا النار على حافلة للركاب في البلدة.")
    assert f.types == ["armed_assault"]


def test_town_cued_once_is_the_town_later(offline_extract, monkeypatch):
    places = {a.location.name for a in offline_extract(TOWN).attacks if a.location}
    assert "الحزم" in places
    monkeypatch.setattr(locations, "CUED_ELSEWHERE", False)
    monkeypatch.setattr(frames, "AFTER_BATTLES", False)  # (pass 46: the advance "بعد معارك" is a battle at its own cue)
    assert "الحزم" not in {a.location.name for a in offline_extract(TOWN).attacks if a.location}


def test_fire_someone_was_doing_describes_the_object(monkeypatch):
    text = "وقتلت الشرطة في السوق رجلا مسلحا كان يطلق النار على المتسوقين."
    assert [f.types for f in _frames(text)] == [[]]  # a killing; the shooting is what the man was doing
    monkeypatch.setattr(frames, "FIRE_GOES_ON", False)
    assert [f.types for f in _frames(text)] == [["armed_assault"]]
