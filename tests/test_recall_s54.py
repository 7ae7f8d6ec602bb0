"""Pass 54 (recall54): the poisoning of a person is an attack.

- ``frames.POISON``: a "تسميم"/"تسمم"/"سمم" word with a spy, an agent, an officer or a dissident near it (an attempt on
  that person: assassination), or a nerve agent near it (other); not food poisoning, an illness or a figure.
- ``attacks_events.POISON_OWN``: the poisoning takes its place and its day only from its own words after it ("في
  بريطانيا"، "في الرابع من مارس"): not the accused state, the answering state or the day of the news about it; with no
  place of its own it makes no record, and with no day of its own it is background.
"""

from marsad.agent.offline import OfflineExtractor, attacks_events, frames, frames_readers
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


# review54 L2: a food word near a poisoning of an officer is what rules it out (the list emptied, it is an attack)
OFFICER_FOOD = "وأصيب ضابط بتسميم غذائي في مدينة البصرة بعد تناوله وجبة في مطعم."


def test_a_food_word_rules_out_the_poisoning_of_an_officer(monkeypatch):
    assert _attacks(OFFICER_FOOD) == []
    monkeypatch.setattr(frames_readers, "_POISON_NOT_NEAR", frozenset())
    assert len(_attacks(OFFICER_FOOD)) == 1


def test_the_poisoning_takes_its_own_place_and_day(monkeypatch):
    got = _attacks(ANSWER)
    assert got[0].location.name == "سالزبري" and got[0].background and got[0].date is None, got
    got = _attacks(TOLD_DAY)
    assert got[0].location.name == "لندن" and got[0].date == "2018-03-02", got
    monkeypatch.setattr(attacks_events, "POISON_OWN", False)
    got = _attacks(ANSWER)
    assert not (got and got[0].location and got[0].location.name == "سالزبري" and got[0].date is None), got


PLACE_BEFORE = "وفي لندن، تدهورت الصلات بين البلدين منذ تسميم الجاسوس السابق، وفق ما قال الوزير الاثنين."


def test_a_poisoning_with_no_place_of_its_own_makes_no_record(monkeypatch):
    assert _attacks(NO_PLACE) == []
    assert _attacks(PLACE_BEFORE) == []  # (review54 L2: the place before the word is the story's, not the act's)
    monkeypatch.setattr(attacks_events, "POISON_OWN", False)
    assert len(_attacks(PLACE_BEFORE)) == 1


# POISON_ILLNESS (review54 L1): being poisoned ("تسمم") with a title alone, or a meal told further on, is no attack
CHIEF_ILL = "وأصيب الزعيم القبلي بتسمم في مدينة الناصرية ونقل إلى المستشفى."
CAMP_MEAL = "وأصيب ضابط وعشرة جنود بحالات تسمم في معسكر الحبانية في الأنبار بعد أن قدمت لهم وجبة العشاء."
NERVE = "وأصيب الضابط المنشق بتسمم بغاز الأعصاب في مدينة سالزبري البريطانية."


def test_being_poisoned_with_a_title_alone_or_a_meal_further_on_is_no_attack(monkeypatch):
    assert _attacks(CHIEF_ILL) == [] and _attacks(CAMP_MEAL) == []
    assert len(_attacks(NERVE)) == 1  # a nerve agent near it: an attempt on him
    monkeypatch.setattr(frames_readers, "POISON_ILLNESS", False)
    assert len(_attacks(CHIEF_ILL)) == 1 and len(_attacks(CAMP_MEAL)) == 1
