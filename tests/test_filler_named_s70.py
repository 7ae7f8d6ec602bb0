"""Pass 70 (issue 13.2): among an article's sentences scored within filler_named.NAMED_MARGIN of the best, the last
reader quotes the one naming the asked date or place itself (a year, a day of a month; a place a gazetteer knows), not
one retelling the question's words with a weekday or a place's kind. Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa import sentence_pick as sp
from marsad.agent.qa.filler_named import names_detail
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon
from tests.qa_claims import read_question

_WHEN = "When did the agency last record activity linked to the weapon programme, according to its statement in 2018?"
_WHERE = "Where was the meeting of the two delegations first planned before it was moved to Amman?"


def _named(question: str, sentence: str) -> bool | None:
    q = read_question(question)
    return names_detail(q, sp.asked_type(q)[0], normalize(sentence), get_lexicon())


def test_a_year_or_a_day_names_the_date_a_weekday_does_not():
    assert _named(_WHEN, "وقالت الوكالة إنها لم ترصد أي نشاط مرتبط بالبرنامج بعد 2011.")
    assert _named(_WHEN, "ورصدت الوكالة آخر نشاط في 14 آذار الماضي.")
    assert not _named(_WHEN, "وأكدت الوكالة الثلاثاء في بيان أنها تتابع البرنامج.")
    assert not _named(_WHEN, "وأكدت الوكالة في بيان صدر في 2018 أنها تتابع البرنامج.")  # (the question's year)


def test_a_gazetteer_place_names_the_place_a_kind_alone_does_not():
    assert _named(_WHERE, "وكان من المقرر عقد اللقاء في البصرة قبل نقله إلى عمان.")
    assert not _named(_WHERE, "ورفض الوفد عقد اللقاء في مدينة عمان وتحديدا في قاعة المؤتمرات.")


def test_other_types_ask_no_tie_break():
    assert _named("كم جنديا قتل في الهجوم على الثكنة؟", "وقتل خمسة جنود.") is None


def _row(score: float, doc: str, sentence: str) -> tuple:
    return (score, doc, 0, len(sentence), 0, score, normalize(sentence))


def test_the_sentence_naming_the_date_wins_within_the_margin():
    q = read_question(_WHEN)
    weekday = _row(0.81, "d1", "وأكدت الوكالة الثلاثاء أنها تتابع البرنامج المرتبط بالسلاح.")
    year = _row(0.74, "d1", "وقالت الوكالة إنها لم ترصد أي نشاط مرتبط بالبرنامج بعد 2011.")
    assert sp._named_first(q, sp.asked_type(q), [weekday, year], get_lexicon()) == year


def test_beyond_the_margin_or_in_another_article_the_best_stays():
    q = read_question(_WHEN)
    weekday = _row(0.81, "d1", "وأكدت الوكالة الثلاثاء أنها تتابع البرنامج المرتبط بالسلاح.")
    far = _row(0.65, "d1", "وقالت الوكالة إنها لم ترصد أي نشاط مرتبط بالبرنامج بعد 2011.")
    other = _row(0.78, "d2", "وقالت الوكالة إنها لم ترصد أي نشاط مرتبط بالبرنامج بعد 2011.")
    assert sp._named_first(q, sp.asked_type(q), [weekday, far, other], get_lexicon()) == weekday


_GAME = ("ورفضت الجامعة محاولات نقل المباراة الودية بين المنتخبين إلى مدينة عمان وتحديدا في حي الورود. "
         "وقالت الجامعة إن المباراة الودية كان من المقرر إقامتها في البصرة قبل نقلها إلى عمان. "
         "وأضافت أن الاتحاد لم يرد على طلبها.")
_GAME_Q = "Where was the friendly football match first meant to be played before it was moved to Amman, according to the league?"


def test_a_quote_naming_a_place_by_its_kind_only_is_followed_by_the_sentence_naming_it():
    from marsad.agent.qa import fillers

    q = read_question(_GAME_Q)
    end = _GAME.index(". ") + 1
    span = fillers.filler_in_article(q, _GAME, 0, end)
    assert span is not None and "البصرة" in _GAME[span[0]:span[1]]
    second = _GAME.index("وقالت")
    assert fillers.filler_in_article(q, _GAME, second, _GAME.index("وأضافت")) is None  # (it names the place itself)
