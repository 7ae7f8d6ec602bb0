"""Session 20 (qaans): a question the domain word lists call off-domain is still read when the archive tells of it."""

from types import SimpleNamespace

from marsad.agent.qa import answerer
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon


def _evidence(*docs):
    table = {f"d{i}": SimpleNamespace(title=t, text=x) for i, (t, x) in enumerate(docs)}
    order = list(table)
    return SimpleNamespace(docs=table, rank_of=order.index)


def _q(text):
    return parse_question(text, get_lexicon())


def test_top_article_naming_every_entity_makes_it_archive_news():
    q = _q("كم كان عمر الرجل الروسي الذي عثر عليه ميتا في منزله في لندن؟")
    assert len(q.entities) >= 2
    ev = _evidence(("وفاة رجل أعمال", "عثرت الشرطة في لندن على رجل أعمال روسي ميتا في منزله، وكان يبلغ 70 عاما."))
    assert answerer._archive_tells(q, ev)


def test_article_naming_only_part_of_the_question_is_not_enough():
    q = _q("كم كان عمر الرجل الروسي الذي عثر عليه ميتا في منزله في لندن؟")
    ev = _evidence(("طقس", "أمطار غزيرة في لندن اليوم."))
    assert not answerer._archive_tells(q, ev)


def test_two_countries_alone_do_not_tie_a_question_to_one_story():
    q = _q("ما نتيجة مباراة ألمانيا والأرجنتين في نهائي كأس العالم؟")
    ev = _evidence(("كرة القدم", "فازت ألمانيا على الأرجنتين في المباراة النهائية."))
    assert not answerer._archive_tells(q, ev)
