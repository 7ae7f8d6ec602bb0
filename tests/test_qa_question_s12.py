"""Session 12 question constraints: a state named by its Arabic adjective, a cited sentence about another place or
another year. Sentences are written for these tests (names and numbers invented)."""

from __future__ import annotations

import pytest

import marsad.agent.qa.domain as domain
import marsad.agent.qa.question_parse as question_parse
from marsad.agent.qa.domain import constraints_of, span_fits
from marsad.agent.qa.question import mentions, parse_question


def _places(text: str) -> list[str]:
    return [e.id for e in parse_question(text).places]


# --- a state named by its adjective in an Arabic question -------------------------------------------------

@pytest.mark.parametrize("text,state", [
    ("كم شخصا قتل في التفجير الذي ضرب بلدة جيلان التركية الأسبوع الماضي؟", "turkey"),
    ("ماذا قال المتحدث باسم الحرس الثوري الإيراني عن المناورات؟", "iran"),
    ("من استهدف القافلة قرب الحدود السورية مساء الخميس؟", "syria"),
])
def test_nisba_pins_the_state(text, state):
    assert state in _places(text)


def test_nisba_pins_the_state_only_with_the_switch(monkeypatch):
    monkeypatch.setattr(question_parse, "NISBA", False)
    assert "turkey" not in _places("كم شخصا قتل في التفجير الذي ضرب بلدة جيلان التركية الأسبوع الماضي؟")


def test_nisba_state_is_named_by_its_adjective_in_an_article():
    q = parse_question("كم شخصا قتل في التفجير الذي ضرب بلدة جيلان التركية الأسبوع الماضي؟")
    turkey = next(e for e in q.places if e.id == "turkey")
    assert mentions(turkey, "قالت السلطات التركية إن الانفجار أوقع عشرة قتلى.")


def test_nisba_of_a_state_actor_beside_another_place_is_not_a_place():
    # the forces of a state acting in another country: the place asked about is Syria, not Iran
    assert "iran" not in _places("كم صاروخا أطلقت القوات الإيرانية في سوريا نحو الجولان؟")


# --- a cited sentence about another place ------------------------------------------------------------------

_SAADA_Q = "كم حوثيا قتلوا في غارة للتحالف على مدينة صعدة الأسبوع الماضي؟"


def test_sentence_of_another_town_does_not_fit():
    cons = constraints_of(parse_question(_SAADA_Q))
    other = "وقتل تسعة من عناصر الميليشيات في غارة للتحالف استهدفت تجمعا لهم في الجوف."
    assert not span_fits(cons, other, other)


def test_sentence_naming_the_asked_place_fits():
    cons = constraints_of(parse_question(_SAADA_Q))
    both = "وقتل تسعة من عناصر الميليشيات في غارة على صعدة، فيما قتل آخرون في الجوف."
    plain = "وقتل تسعة من عناصر الميليشيات في الغارة التي استهدفت تجمعا لهم."
    assert span_fits(cons, both, both) and span_fits(cons, plain, plain)


def test_sentence_of_another_town_fits_with_the_switch_off(monkeypatch):
    monkeypatch.setattr(domain, "OTHER_PLACE", False)
    cons = constraints_of(parse_question(_SAADA_Q))
    other = "وقتل تسعة من عناصر الميليشيات في غارة للتحالف استهدفت تجمعا لهم في الجوف."
    assert span_fits(cons, other, other)


def test_iraqi_place_of_the_same_governorate_fits():
    cons = constraints_of(parse_question("كم شخصا قتلوا في تفجير سيارة مفخخة في الرمادي؟"))
    near = "وأسفر انفجار سيارة مفخخة في الفلوجة عن مقتل سبعة أشخاص."
    far = "وأسفر انفجار سيارة مفخخة في كربلاء عن مقتل سبعة أشخاص."
    assert span_fits(cons, near, near)  # the same governorate (Anbar): may be told as one incident
    assert not span_fits(cons, far, far)


def test_where_question_is_answered_by_another_place():
    cons = constraints_of(parse_question("أين قتل القيادي الحوثي قرب مدينة صعدة؟"))
    other = "قتل القيادي في غارة استهدفت سيارته في الجوف."
    assert span_fits(cons, other, other)


# --- a cited sentence about another year -------------------------------------------------------------------

_YEAR_Q = "كم جنديا قتلوا في الهجوم على قاعدة الصفاء العسكرية في عام 2016؟"
_ARTICLE = ("هاجم مسلحون قاعدة الصفاء العسكرية فجر الاثنين وقتلوا ستة جنود.\n"
            "وتتعرض المنطقة منذ سنوات لهجمات متكررة، وقد أعلن الجيش في تقرير عام 2016 عن خطة لتحصين قواعده.")


def test_sentence_of_an_article_of_another_year_does_not_fit():
    cons = constraints_of(parse_question(_YEAR_Q))
    quote = _ARTICLE.split("\n")[0]
    assert not span_fits(cons, quote, _ARTICLE, "2018-03-05")
    assert span_fits(cons, quote, _ARTICLE, "2016-03-05")  # the article's own year


def test_sentence_after_the_year_stated_fits():
    cons = constraints_of(parse_question(_YEAR_Q))
    article = "في عام 2016 هاجم مسلحون قاعدة الصفاء العسكرية. وقتل في الهجوم ستة جنود."
    assert span_fits(cons, "وقتل في الهجوم ستة جنود.", article, "2018-03-05")


def test_year_anywhere_in_the_article_fits_with_the_switch_off(monkeypatch):
    monkeypatch.setattr(domain, "OTHER_YEAR", False)
    cons = constraints_of(parse_question(_YEAR_Q))
    assert span_fits(cons, _ARTICLE.split("\n")[0], _ARTICLE, "2018-03-05")


def test_year_opening_a_span_is_not_the_event_year():
    cons = constraints_of(parse_question("How many civilians has the alliance admitted killing since 2015 in its raids?"))
    assert cons.since == (2015,)
    quote = "وأقر التحالف بمقتل 310 مدنيين في غاراته."
    assert span_fits(cons, quote, quote + " وكان التحالف بدأ عملياته في 2015.", "2018-06-01")


# --- a state the lexicon lacks, named in English -----------------------------------------------------------

def test_english_country_the_lexicon_lacks_is_a_place():
    import marsad.agent.qa.translit as translit

    q = translit.with_words(parse_question("Which town did the army helicopter come down near in Ivory Coast last week?"))
    ivory = [e for e in q.places if e.get("admin_level") == "country" and e.name_en == "Ivory Coast"]
    assert ivory and mentions(ivory[0], "سقطت المروحية قرب مدينة ساحلية في ساحل العاج.")
    assert "ivory" not in q.uncovered


def test_english_country_with_the_switch_off(monkeypatch):
    import marsad.agent.qa.translit as translit

    monkeypatch.setattr(translit, "COUNTRIES", False)
    q = translit.with_words(parse_question("Which town did the army helicopter come down near in Ivory Coast last week?"))
    assert not any(e.name_en == "Ivory Coast" for e in q.places)


# --- places only the world gazetteer knows: a state, a port ------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("كم تلميذة خطفت في هجوم المسلحين على مدرسة في الكاميرون الشهر الماضي؟", "Cameroon"),
    ("كم بحارا أصيبوا في الهجوم على السفينة قرب ميناء المكلا؟", "Mukalla"),
])
def test_world_place_after_a_place_word(text, name):
    cons = constraints_of(parse_question(text))
    assert name in [p.name_en for p in cons.places]
    other = "وأصيب ثلاثة بحارة وخطفت عشرات التلميذات في الهجوم."
    assert not span_fits(cons, other, other)


def test_world_state_with_the_switch_off(monkeypatch):
    monkeypatch.setattr(domain, "WORLD_COUNTRIES", False)
    domain._world_places.cache_clear()
    cons = constraints_of(parse_question("كم تلميذة خطفت في هجوم المسلحين على مدرسة في الكاميرون الشهر الماضي؟"))
    domain._world_places.cache_clear()
    assert "Cameroon" not in [p.name_en for p in cons.places]


# --- "who is the X whose death ..." with a glued preposition ------------------------------------------------

def test_victim_question_with_a_glued_preposition():
    from marsad.agent.qa.question import Intent

    q = parse_question("من هو القائد الميداني الذي اعترفت الجماعة بمقتله في قصف على بلدة الحزم؟")
    assert q.intent is Intent.victim
