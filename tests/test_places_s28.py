"""Session 28 places: a small town named by an everyday word is not vouched for by its country's name alone.
Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, locations
from marsad.schemas import Document

# "حصار" is the siege, and a hamlet of Iran (GeoNames, under a thousand people)
_SIEGE = "وقالت المعارضة إن الفصائل المدعومة من إيران صعدت من حصار بلدتين وقتلت ثلاثة مدنيين بقصف."


def _places(text: str) -> list[str | None]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="قصف", text=text, published="2018-03-12"))
    return [a.location.name if a.location else None for a in rec.attacks]


def test_the_country_named_for_who_backs_whom_does_not_make_the_word_its_town():
    assert _places(_SIEGE) == [None]  # no place rather than a hamlet of Iran


def test_the_switch_restores_the_country_as_a_voucher(monkeypatch):
    monkeypatch.setattr(locations, "SMALL_TOWN_VOUCH", False)
    assert "حصار" in _places(_SIEGE)
