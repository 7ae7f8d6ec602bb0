"""Pass 57 (qaname57): the names and nationality words of a question that reach the articles' spellings.

* A state's plural adjective names it as its singular does ("الطلاب السودانيون"):
  :data:`marsad.agent.qa.question_mentions.STATE_NISBA_PLURAL`.
* "American" written أمريكي or أميركي: :data:`marsad.agent.qa.question_mentions.AMERICAN_SPELLINGS`.
* A state's people named by a broken plural ("الإسبان"): :data:`marsad.agent.qa.question_mentions.STATE_BROKEN_PLURALS`.
* An Arabic question naming a state the registry lacks ("الفلبين"، "طالب كندي"): :data:`marsad.agent.qa.translit.ARABIC_STATES`.
* A gazetteer name the index's stemmer cuts is counted by the term it is held as: :data:`marsad.agent.qa.translit.KNOWN_STEMMED`.
* Place words of news said in Arabic ("Bosphorus" البوسفور): ``qa_words.json`` ``qa_search_words``.

Sentences are written for these tests.
"""

from __future__ import annotations

import marsad.agent.qa.question_mentions as qm
import marsad.agent.qa.translit as translit
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.question_entities import find_entities
from marsad.agent.qa.translit import NameFinder, with_words
from marsad.core.lexicon import get_lexicon


def _ids(text: str) -> list[str]:
    return [e.id for e in find_entities(text, get_lexicon(), question=True)]


def test_a_states_plural_adjective_names_it(monkeypatch):
    monkeypatch.setattr(qm, "_PATTERNS", {})
    assert "sudan" in _ids("من أين سافر الطلاب السودانيون إلى تركيا؟")
    assert "sudan" in _ids("كم عدد الصحفيين السودانيين المعتقلين؟")
    assert "bahrain" not in _ids("أطلق الصاروخين البحريين من سفينة")  # (naval, not Bahrain's)
    monkeypatch.setattr(qm, "_PATTERNS", {})
    monkeypatch.setattr(qm, "STATE_NISBA_PLURAL", False)
    assert "sudan" not in _ids("من أين سافر الطلاب السودانيون إلى تركيا؟")


def test_a_states_people_by_a_broken_plural(monkeypatch):
    monkeypatch.setattr(qm, "_PATTERNS", {})
    assert "spain" in _ids("كم عدد الصحفيين الإسبان المخطوفين؟")
    assert "russia" not in _ids("قطعت روس القتلى")  # (رؤوس، heads)
    monkeypatch.setattr(qm, "_PATTERNS", {})
    monkeypatch.setattr(qm, "STATE_BROKEN_PLURALS", False)
    assert "spain" not in _ids("كم عدد الصحفيين الإسبان المخطوفين؟")


def test_american_is_spelt_both_ways(monkeypatch):
    monkeypatch.setattr(qm, "_PATTERNS", {})
    # (the registry writes the state's name أمريكا)
    assert "united_states" in _ids("متى سحبت أميركا قواتها من القاعدة؟")
    monkeypatch.setattr(qm, "_PATTERNS", {})
    monkeypatch.setattr(qm, "AMERICAN_SPELLINGS", False)
    assert "united_states" not in _ids("متى سحبت أميركا قواتها من القاعدة؟")


def _places(text: str) -> list[str]:
    return [e.name_en for e in with_words(parse_question(text, get_lexicon())).places]


def test_an_arabic_question_names_a_state_the_registry_lacks(monkeypatch):
    assert "Philippines" in _places("ما الاتفاق الذي وقعته الفلبين مع الكويت بشأن العمال؟")
    # an adjective with no place named, or after a place noun
    assert "Canada" in _places("متى حكم على الطالب الكندي الذي هاجم المسجد؟")
    assert "Norway" in _places("كم قتيلا سقط في انفجار بمدينة بيرغن النرويجية؟")
    # an adjective of forces or people beside a place the question names does not say where
    assert "Canada" not in _places("كم غارة شنتها الطائرات الكندية على الموصل؟")
    monkeypatch.setattr(translit, "ARABIC_STATES", False)
    assert "Philippines" not in _places("ما الاتفاق الذي وقعته الفلبين مع الكويت بشأن العمال؟")
    assert "Canada" not in _places("متى حكم على الطالب الكندي الذي هاجم المسجد؟")


def test_state_adjective_forms():
    assert "الكندي" in translit._nisba_forms(("كندا",))
    assert "البلغاريون" in translit._nisba_forms(("بلغاريا",))
    assert "الجيبوتيه" in translit._nisba_forms(("جيبوتي",))


def test_a_gazetteer_name_the_stemmer_cuts_is_counted_by_its_term(monkeypatch):
    finder = NameFinder({"بلوشست": 0, "بلوتشست": 1}, {"بلوشست": 22, "بلوتشست": 0})
    assert translit._held("بلوشستان", finder) == 22
    assert translit._most_held(("بلوتشستان", "بلوشستان"), finder) == "بلوشستان"
    monkeypatch.setattr(translit, "KNOWN_STEMMED", False)
    assert translit._held("بلوشستان", finder) == 0
    assert translit._most_held(("بلوتشستان", "بلوشستان"), finder) is None


def test_news_words_of_places_are_said_in_arabic(monkeypatch):
    q = with_words(parse_question("How many people were killed on a bridge over the Bosphorus during the coup?",
                                  get_lexicon()))
    # (the index's stemmer holds البوسفور as وسفور, as it does in the articles)
    assert "bosphorus" not in q.uncovered and "وسفور" in q.expansion
    monkeypatch.setattr(translit, "SEARCH_WORDS", False)
    q = with_words(parse_question("How many people were killed on a bridge over the Bosphorus during the coup?",
                                  get_lexicon()))
    assert "bosphorus" in q.uncovered


def _state_names(text: str) -> list[str]:
    return [p.canonical for p in translit.with_arabic_states(parse_question(text)).places]


def test_a_family_name_is_no_state(monkeypatch):
    # (fixname57) an adjective after a given name, أبو or بن is a family name; an everyday adjective is no state
    assert "كندا" not in _state_names("من اغتال الصحفي أحمد الكندي؟")
    assert "كندا" not in _state_names("أين اعتقل أبو الكندي؟")
    assert "كندا" in _state_names("كم عدد الطلاب الكنديين الذين قتلوا؟")
    monkeypatch.setattr(translit, "ARABIC_STATE_NAMES", False)
    assert "كندا" in _state_names("من اغتال الصحفي أحمد الكندي؟")


def _sudan():
    return next(e for e in get_lexicon().entries if e.kind == "places" and e.get("admin_level") == "country"
                and e.id == "sudan")


def test_a_peoples_adjective_is_not_the_place_when_another_state_is(monkeypatch):
    # (fixname57) the adjective says who; the state after في/جنوب/قرب says where
    monkeypatch.setattr(qm, "_PATTERNS", {})
    monkeypatch.setattr(qm, "NISBA_NOT_PLACE", True)
    sudan = _sudan()
    assert not qm.mentions(sudan, "قتل ثلاثة مهندسين سودانيين في كمين قرب بلدة جنوب ليبيا")
    assert not qm.mentions(sudan, "أسر الجنود السودانيون بليبيا بعد معركة طويلة")
    assert qm.mentions(sudan, "قتل ثلاثة مهندسين سودانيين في كمين على طريق صحراوي")
    assert qm.mentions(sudan, "قتل مهندسون سودانيون في كمين جنوب السودان قرب الحدود مع ليبيا")
    monkeypatch.setattr(qm, "NISBA_NOT_PLACE", False)
    assert qm.mentions(sudan, "قتل ثلاثة مهندسين سودانيين في كمين قرب بلدة جنوب ليبيا")
