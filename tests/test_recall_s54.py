"""Pass 54 (recall54): the poisoning of a person is an attack.

- ``frames.POISON``: a "تسميم"/"تسمم"/"سمم" word with a spy, an agent, an officer or a dissident near it (an attempt on
  that person: assassination), or a nerve agent near it (other); not food poisoning, an illness or a figure.
- ``attacks_events.POISON_OWN``: the poisoning takes its place and its day only from its own words after it ("في
  بريطانيا"، "في الرابع من مارس"): not the accused state, the answering state or the day of the news about it; with no
  place of its own it makes no record, and with no day of its own it is background.
"""

from marsad.agent.offline import OfflineExtractor, attacks_events, frames
from marsad.schemas import Document

DAY = "2018-03-26"


def _attacks(text: str) -> list:
    doc = Document(doc_id="snn:t-s54", title=None, text=text, published=DAY)
    return OfflineExtractor().extract(doc).attacks


# Sentences written for these tests (no corpus text).
ANSWER = ("وقررت الحكومة الكندية، الاثنين، طرد أربعة دبلوماسيين من سفارة موسكو ردا على تسميم الضابط المنشق "
          "في مدينة سالزبري البريطانية.")
TOLD_DAY = "وكان المعارض قد تعرض للتسميم في لندن في الثاني من مارس، بحسب الشرطة."
FOOD = "وأصيب عشرون عاملا بحالات تسمم غذائي في مدينة الدمام بعد تناولهم وجبة في مطعم."
FIGURE = "واتهم الوزير المعارضة بتسميم الأجواء السياسية في العاصمة بغداد."
NO_PLACE = "وساءت العلاقات بين البلدين منذ تسميم الجاسوس السابق، وفق ما قال الوزير الاثنين."


def test_a_poisoning_of_a_person_is_an_attack(monkeypatch):
    for text in (ANSWER, TOLD_DAY):
        got = _attacks(text)
        assert len(got) == 1 and got[0].attack_type == "assassination", (text, got)
    monkeypatch.setattr(frames, "POISON", False)
    for text in (ANSWER, TOLD_DAY):
        assert _attacks(text) == [], text


def test_food_poisoning_and_a_figure_are_no_attack():
    for text in (FOOD, FIGURE):
        assert _attacks(text) == [], (text, _attacks(text))


def test_the_poisoning_takes_its_own_place_and_day(monkeypatch):
    got = _attacks(ANSWER)
    assert got[0].location.name == "سالزبري" and got[0].background and got[0].date is None, got
    got = _attacks(TOLD_DAY)
    assert got[0].location.name == "لندن" and got[0].date == "2018-03-02", got
    monkeypatch.setattr(attacks_events, "POISON_OWN", False)
    got = _attacks(ANSWER)
    assert not (got and got[0].location and got[0].location.name == "سالزبري" and got[0].date is None), got


def test_a_poisoning_with_no_place_of_its_own_makes_no_record(monkeypatch):
    assert _attacks(NO_PLACE) == []
