"""Session 12b QA answers: "where was <a man> killed" reads the sentence telling of his death, which names the
district or town, before the attack record placed at the governorate the lead names. Every sentence is written for
these tests (names and wording invented; the places are registry entries)."""

from marsad.agent.qa import passages
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.passages import located_passage_claims
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document

_TEXT = ("أعلنت الجماعة مقتل القائد الميداني سالم عبدالكريم الحمادي في مواجهات بمحافظة مأرب.\n"
         "وقال مصدر عسكري إن القائد الحمادي قتل في مديرية صرواح خلال هجوم فاشل على مواقع الجيش.\n"
         "ونفذت الطائرات غارات على مواقع للجماعة في المحافظة.")


def _claims(question: str):
    doc = Document(doc_id="d1", title="مقتل قائد ميداني", text=_TEXT, published="2019-03-02")
    return located_passage_claims(parse_question(question), Evidence(docs={"d1": doc}), get_lexicon())


def test_where_a_named_man_was_killed_quotes_the_sentence_naming_the_district(monkeypatch):
    claims = _claims("أين قتل القائد الميداني سالم الحمادي؟")
    assert claims and "صرواح" in claims[0].text
    monkeypatch.setattr(passages, "PERSON_DEATH_PLACE", False)
    assert _claims("أين قتل القائد الميداني سالم الحمادي؟") == []


def test_a_where_question_counting_the_dead_is_left_to_the_records():
    assert _claims("أين قتل 12 عنصرا من الجماعة؟") == []
