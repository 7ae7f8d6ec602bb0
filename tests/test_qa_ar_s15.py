"""Arabic question parsing and role answers (session 15): sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.qa import passages, question_entities, question_intent
from marsad.agent.qa.question import Intent, parse_question
from marsad.core.lexicon import get_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


@pytest.mark.parametrize("on", [True, False])
def test_a_charge_of_killing_is_no_death_toll(monkeypatch, lexicon, on):
    monkeypatch.setattr(question_intent, "CHARGE_NOT_DEATH", on)
    q = parse_question("كم شخصا وجهت لهم النيابة تهمة القتل غير العمد في حريق المصنع؟", lexicon)
    assert (q.intent is not Intent.killed) is on
    # a death the question asks about besides the charge is still counted
    q = parse_question("كم شخصا قتلوا في الحريق الذي وجهت فيه تهمة القتل لصاحب المصنع؟", lexicon)
    assert q.intent is Intent.killed


@pytest.mark.parametrize("on", [True, False])
def test_an_office_question_asks_the_holder_not_the_toll(monkeypatch, lexicon, on):
    monkeypatch.setattr(question_intent, "OFFICE_OVER_COUNT", on)
    # (HEAD_CLAUSE, pass 53, reads the same question from its head clause: off, so this rule is seen alone)
    monkeypatch.setattr(question_intent, "HEAD_CLAUSE", False)
    q = parse_question("من هو المتحدث باسم شرطة المدينة الذي أعلن حصيلة الهجوم على السوق؟", lexicon)
    assert (q.intent is Intent.role) is on
    if on:
        assert not q.how_many
    # "كم" asks the number outright
    q = parse_question("كم قتيلا أعلن المتحدث باسم الشرطة سقوطهم في الهجوم؟", lexicon)
    assert q.intent is Intent.killed


@pytest.mark.parametrize("on", [True, False])
def test_a_plural_adjective_is_no_place(monkeypatch, lexicon, on):
    monkeypatch.setattr(question_entities, "NISBA_PLURAL", on)
    q = parse_question("من أطلق الزورقين البحريين على السفينة قرب عدن؟", lexicon)
    ids = {e.id for e in q.places}
    assert "aden" in ids
    assert ("bahrain" not in ids) is on
    q = parse_question("من نفذ الهجوم في البحرين؟", lexicon)
    assert "bahrain" in {e.id for e in q.places}


@pytest.mark.parametrize("on", [True, False])
def test_the_country_refers_back_outside_iraq(monkeypatch, lexicon, on):
    monkeypatch.setattr(question_entities, "COUNTRY_ANAPHOR", on)
    q = parse_question("من أوقفت الشرطة الماليزية فور عودته إلى البلاد؟", lexicon)
    assert ("iraq" not in {e.id for e in q.places}) is on


class _Doc:
    def __init__(self, text):
        self.text, self.title = text, ""


@pytest.mark.parametrize("on", [True, False])
def test_the_office_holder_is_named_in_the_next_sentence(monkeypatch, lexicon, on):
    monkeypatch.setattr(passages, "HOLDER_AFTER", on)
    text = ("أعلن المتحدث باسم شرطة الإقليم أن مسلحين هاجموا حاجزا أمنيا ليلة الأحد. "
            "وقال كريم بلحاج في مؤتمر صحفي إن المهاجمين فروا نحو الجبال.")
    q = parse_question("من هو المتحدث باسم شرطة الإقليم؟", lexicon)
    end = text.index(".") + 1
    got = passages._holder_after(q, text, 0, end)
    assert (got is not None and "بلحاج" in text[got[0]:got[1]]) is on
    # a speaker by kind is no name
    other = text.replace("كريم بلحاج", "مصدر أمني")
    assert passages._holder_after(q, other, 0, end) is None


@pytest.mark.parametrize("on", [True, False])
def test_an_office_sentence_may_leave_the_event_to_its_neighbours(monkeypatch, lexicon, on):
    from marsad.agent.qa.evidence import Evidence
    from marsad.schemas import Document

    monkeypatch.setattr(passages, "OFFICE_AROUND", on)
    text = ("خرج آلاف العمال في مسيرة نقابية وسط العاصمة يوم الأحد. "
            "وأحرق ملثمون سيارات وحطموا واجهات متاجر على هامش المسيرة النقابية في باريس. "
            "وندد وزير الداخلية مارك دوبري بالعنف وتعهد بملاحقة الفاعلين. "
            "وقدرت الشرطة عدد المشاركين بنحو عشرين ألفا.")
    ev = Evidence(docs={"d1": Document(doc_id="d1", title="فرنسا: مسيرة نقابية تنتهي بأعمال شغب", text=text)})
    q = parse_question("من هو وزير الداخلية الفرنسي الذي ندد بإحراق ملثمين سيارات على هامش المسيرة النقابية في باريس؟",
                       lexicon)
    assert q.intent is Intent.role
    claims = passages.passage_claims(q, ev)
    assert any("دوبري" in c.text for c in claims) is on
