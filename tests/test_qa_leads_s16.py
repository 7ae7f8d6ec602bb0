"""Session 16 leads of the offline answerer (question intent, records, actions, compose)."""

import pytest

import marsad.agent.qa.question_intent as question_intent
from marsad.agent.qa.question import Intent, parse_question


@pytest.mark.parametrize("text", [
    "ما الجهة التي نفذت التفجير بعبوة ناسفة قرب سوق المدينة في مارس 2019؟",
    "أي جماعة شنت الهجوم على نقطة التفتيش شمال بغداد؟",
    "من الجهة التي تقف وراء اغتيال القاضي في درعا؟",
    "ما التنظيم الذي نفذ الاعتداء على الكنيسة؟",
    "Which side carried out the raid on the army post near Kirkuk?",
])
def test_which_party_did_it_asks_the_perpetrator(monkeypatch, text):
    monkeypatch.setattr(question_intent, "WHICH_PARTY", True)
    assert parse_question(text).intent is Intent.perpetrator
    monkeypatch.setattr(question_intent, "WHICH_PARTY", False)
    assert parse_question(text).intent is not Intent.perpetrator


@pytest.mark.parametrize("text", [
    "ما الجهة التي أعلنت الهدنة في الجنوب؟",
    "كم قتيلا سقط في الهجوم الذي نفذته الجماعة على القرية؟",
])
def test_which_party_leaves_other_questions(monkeypatch, text):
    monkeypatch.setattr(question_intent, "WHICH_PARTY", True)
    assert parse_question(text).intent is not Intent.perpetrator


def _scored(score, text):
    from marsad.agent.qa.compose import Claim
    from marsad.agent.qa.records import _Scored
    return _Scored(score, Claim(text, [("d1", 0, 10)]))


def test_fuller_telling_of_a_victim_ranks_first():
    from marsad.agent.qa.records import _prefer_fuller
    from marsad.core.arabic import normalize
    out = [_scored(5.0, "short"), _scored(5.0, "full"), _scored(4.0, "other")]
    told = [("d1", normalize("سالم راشد"), normalize("القائد الميداني")),
            ("d1", normalize("أبو ياسر"), normalize("القائد الميداني سالم راشد الكعبي")),
            ("d2", normalize("خالد ناصر"), normalize("قائد اللواء"))]
    _prefer_fuller(out, told)
    assert max(out, key=lambda s: s.score).claim.text == "full"
    assert out[2].score == 4.0


def test_fuller_telling_needs_more_of_the_name_in_the_same_article():
    from marsad.agent.qa.records import _prefer_fuller
    from marsad.core.arabic import normalize
    out = [_scored(5.0, "a"), _scored(5.0, "b"), _scored(5.0, "c")]
    told = [("d1", normalize("سالم راشد"), ""),
            ("d1", normalize("أبو ياسر"), normalize("مرافق سالم راشد في الجبهة")),  # only a preposition after it
            ("d2", normalize("أبو ليث"), normalize("القائد سالم راشد الكعبي"))]  # another article
    _prefer_fuller(out, told)
    assert [s.score for s in out] == [5.0, 5.0, 5.0]


class _Doc:
    def __init__(self, text):
        self.text, self.title = text, ""


class _Evidence:
    def __init__(self, text):
        self.docs = {"d1": _Doc(text)}

    def rank_of(self, doc_id):
        return 0


@pytest.mark.parametrize("on", [True, False])
def test_a_capital_stands_for_its_state_in_action_questions(monkeypatch, on):
    import marsad.agent.qa.actions as actions
    monkeypatch.setattr(actions, "CAPITAL_STATE", on)
    text = ("قال أحمد داود أوغلو إن تركيا توصلت مع الولايات المتحدة إلى تفاهم يقضي بتدريب عناصر من المعارضة. "
            "وأضاف أن بلاده ستواصل التنسيق مع الحلفاء في الأسابيع المقبلة.")
    q = parse_question("على ماذا اتفق أحمد داود أوغلو في أنقرة مع واشنطن؟")
    claims = actions.action_claims(q, _Evidence(text), limit=1)
    assert bool(claims) is on


def test_a_city_that_is_no_capital_does_not_stand_for_its_state():
    from marsad.agent.qa.subject import state_of
    q = parse_question("ماذا حدث في عدن؟")
    assert all(state_of(p) is None for p in q.places)
