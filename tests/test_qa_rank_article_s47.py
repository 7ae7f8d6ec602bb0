"""Pass 47: a rank that is also a common noun ("فريق" team, "لواء" brigade, "عميد" dean, "نقيب" syndicate head) names
the rank only with the article (question_entities.RANK_ARTICLE), so a sports question about a team is no security question."""
import pytest

from marsad.agent.qa import question_entities
from marsad.agent.qa.domain import in_domain
from marsad.agent.qa.question import parse_question


def _concepts(text: str) -> list[str]:
    return [c.id for c in parse_question(text).concepts]


@pytest.mark.parametrize("text", [
    "كم لاعبا في فريق كرة اليد؟",
    "ما هو أفضل فريق في الدوري هذا الموسم؟",
])
def test_a_bare_team_word_is_no_rank_and_the_sports_question_is_off_domain(text):
    assert "general_rank" not in _concepts(text)
    assert not in_domain(parse_question(text))


@pytest.mark.parametrize("text", [
    "ماذا قال الفريق الركن قائد القوات البرية؟",
    "متى التقى رئيس الوزراء بالفريق قائد الشرطة الاتحادية؟",
    "ما الذي أعلنه للفريق المتحدث باسم الجيش؟",
])
def test_the_rank_with_its_article_is_still_read(text):
    assert "general_rank" in _concepts(text)


def test_dean_without_the_article_is_no_brigadier():
    assert "brigadier" not in _concepts("من هو عميد كلية الهندسة؟")
    assert "brigadier" in _concepts("ماذا قال العميد المتحدث باسم القوات؟")


def test_a_rank_that_is_no_common_noun_is_read_bare():
    # "عقيد" (colonel) is no other word: read with or without the article
    assert "brigadier" in _concepts("من هو عقيد الشرطة الذي قتل في الهجوم؟")


def test_a_syndicate_head_is_no_captain():
    assert "captain_rank" not in _concepts("ماذا قال نقيب الصحفيين عن اعتقال المراسل؟")


def test_switch_off_reads_the_bare_word_as_the_rank(monkeypatch):
    monkeypatch.setattr(question_entities, "RANK_ARTICLE", False)
    assert "general_rank" in _concepts("كم لاعبا في فريق كرة اليد؟")
