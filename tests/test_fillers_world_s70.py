"""Pass 70 (issue 13.2 A1): fillers the filler tests did not read -- a town the world gazetteer knows glued to "ب" or
of two words ("مؤتمر بشرم الشيخ"), or after "في العاصمة"; a court named for "which body". Sentences written for
these tests."""

from __future__ import annotations

from marsad.agent.qa.sentence_pick import asked_type, has_filler
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon
from tests.qa_claims import read_question


def _fills(question: str, sentence: str) -> bool:
    q = read_question(question)
    return has_filler(q, asked_type(q), sentence, normalize(sentence), get_lexicon())


_WHERE = "في أي مدينة عقد المؤتمر الذي دعا فيه الأمير إلى دعم الحكومة الشرعية؟"


def test_a_world_town_glued_to_ba_or_of_two_words_is_a_place():
    assert _fills(_WHERE, "وفي مؤتمر بشرم الشيخ قال الأمير إن بلاده تدعم الحكومة.")
    assert _fills(_WHERE, "وقال الأمير في مؤتمر عقد في العاصمة ليبرفيل إن بلاده تدعم الحكومة.")
    assert not _fills(_WHERE, "وفي مؤتمر بشأن الأزمة قال الأمير إن بلاده تدعم الحكومة.")


def test_a_court_names_the_body_asked():
    question = "أمام أي هيئة قضائية دولية ترافع الفريق القانوني للدولة في الشهر الماضي؟"
    assert _fills(question, "وقال الوزير إن مرافعة بلاده أمام محكمة العدل الدولية كانت قوية.")
    assert not _fills(question, "وقال الوزير إن مرافعة بلاده أمام القضاة كانت قوية.")


def test_a_disease_is_named_by_its_name():
    question = "بأي مرض أصيب الخبير المسجون بحسب ما روته عائلته الشهر الماضي؟"
    assert _fills(question, "وتدهورت حالته الصحية إلى أن أصيب بالسرطان داخل السجن، كما تقول العائلة.")
    assert not _fills(question, "وتدهورت حالته الصحية داخل السجن، كما تقول العائلة.")


def test_a_kind_of_place_before_the_asked_town_is_no_name():
    from marsad.agent.qa.filler_named import names_detail

    q = read_question("Where was the match first meant to be played before it was moved to Jerusalem?")
    assert not names_detail(q, "place", normalize("ورفض الوفد إقامة اللقاء في مدينة القدس وتحديدا في ملعبها."),
                            get_lexicon())
