"""Session 20 (qaans): a question the domain word lists call off-domain is still read when the archive tells of it."""

from marsad.agent.qa import answerer
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document


def _evidence(*docs):
    """Evidence whose documents, best first, have these (title, text)."""
    return Evidence(docs={f"d{i}": Document(doc_id=f"d{i}", title=t, text=x) for i, (t, x) in enumerate(docs)})


def _q(text):
    return parse_question(text, get_lexicon())


def test_top_article_naming_every_entity_makes_it_archive_news():
    q = _q("ما عمر رجل الأعمال الروسي الذي وجد ميتا داخل بيته في لندن؟")
    assert len(q.entities) >= 2
    ev = _evidence(("وفاة رجل أعمال", "عثرت الشرطة في لندن على رجل أعمال روسي ميتا في منزله، وكان يبلغ 70 عاما."))
    assert answerer._archive_tells(q, ev)


def test_only_the_top_three_articles_are_read():
    q = _q("ما عمر رجل الأعمال الروسي الذي وجد ميتا داخل بيته في لندن؟")
    telling = ("وفاة رجل أعمال", "عثرت الشرطة في لندن على رجل أعمال روسي ميتا في منزله، وكان يبلغ 70 عاما.")
    weather = ("طقس", "أمطار غزيرة في لندن اليوم.")
    assert answerer._archive_tells(q, _evidence(weather, weather, telling))
    assert not answerer._archive_tells(q, _evidence(weather, weather, weather, telling))


def test_article_naming_only_part_of_the_question_is_not_enough():
    q = _q("ما عمر رجل الأعمال الروسي الذي وجد ميتا داخل بيته في لندن؟")
    ev = _evidence(("طقس", "أمطار غزيرة في لندن اليوم."))
    assert not answerer._archive_tells(q, ev)


def test_two_countries_alone_do_not_tie_a_question_to_one_story():
    q = _q("ما نتيجة مباراة ألمانيا والأرجنتين في نهائي كأس العالم؟")
    ev = _evidence(("كرة القدم", "فازت ألمانيا على الأرجنتين في المباراة النهائية."))
    assert not answerer._archive_tells(q, ev)
