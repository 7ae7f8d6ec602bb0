"""Session 23 QA counts: a "how many" question counting things (strikes, rockets, shells, churches, bullets) or
people no casualty role counts ("كم رجلا وجهت لهم تهمة") reads the numbers of its noun. Every sentence is written
for these tests (invented places, names and numbers)."""

import pytest

from marsad.agent.qa import counts_things
from marsad.agent.qa.counts import count_claims
from marsad.agent.qa.counts_things import asked_things, thing_counts
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document


def _doc(doc_id: str, title: str, text: str) -> Document:
    return Document(doc_id=doc_id, title=title, text=text, published="2019-09-11")


def _values(sentence: str, nouns: tuple[str, ...]) -> set[int]:
    return {v for v, _, _ in thing_counts(sentence, nouns)}


def test_the_counted_noun_of_the_question():
    assert asked_things(parse_question("كم غارة شنها الطيران على بلدة تل الورد؟")) == ("غاره",)
    assert asked_things(parse_question("كم عدد الصواريخ التي أطلقت على مدينة وادي النخيل؟")) == ("صاروخ",)
    assert asked_things(parse_question("بكم رصاصة أصيب الحارس أمام منزله في تل الورد؟")) == ("رصاصه",)
    assert "قذيفه" in asked_things(parse_question("How many mortar shells hit the town of Wadi Rim?"))
    assert "كنيسه" in asked_things(parse_question("How many churches were attacked in Port Salem?"))
    # of the strikes a question names before "how many"
    assert "غاره" in asked_things(parse_question("Of the 9 air strikes announced on Monday, how many hit Wadi Rim?"))
    # a toll of people is the casualty readers' question
    assert asked_things(parse_question("كم شخصا قتل في الهجوم على تل الورد؟")) == ()


def test_a_number_counts_the_noun_right_after_it_in_any_form():
    assert _values("وشن الطيران أمس 14 غارة على مواقع المسلحين قرب تل الورد.", ("غاره",)) == {14}
    assert _values("وأطلق المسلحون سبعة صواريخ على وادي النخيل دون إصابات.", ("صاروخ",)) == {7}
    assert _values("وسقطت أكثر من 20 قذيفة على الحي الشرقي.", ("قذيفه",)) == {20}
    # a glued preposition, the accusative of a number word, a part of the things told with "من"
    assert _values("وقصفت المدفعية الموقع بخمسة قذائف ثقيلة.", ("قذيفه",)) == {5}
    assert _values("وقال الناطق إن سبعا من هذه الغارات أصابت مخازن للسلاح.", ("غاره",)) == {7}
    # a dual told alone is two
    assert _values("واستهدفت غارتان مقر القيادة في تل الورد.", ("غاره",)) == {2}
    assert _values("وأصيب الحارس بطلقتين في الكتف.", ("طلقه",)) == {2}
    # "one of them" is no count; a number of something else is not a count of the noun
    assert _values("وكان أحد المختطفين قد أفرج عنه في وادي النخيل.", ("مختطف",)) == set()
    assert _values("وقتل 5 أشخاص في الغارة على تل الورد.", ("غاره",)) == set()


def test_a_things_question_is_answered_by_the_number_of_its_noun():
    text = ("شن طيران التحالف فجر اليوم 12 غارة على مواقع المسلحين في بلدة تل الورد، ما أدى إلى مقتل 30 مسلحا. "
            "وأوضح مصدر محلي أن القصف دمر أربعة مخازن للذخيرة في تل الورد.")
    ev = Evidence(docs={"d1": _doc("d1", "غارات على تل الورد", text)})
    scored = count_claims(parse_question("كم غارة شنها طيران التحالف على بلدة تل الورد؟"), ev)
    assert scored and "12" in scored[0][1].text and scored[0][1].numbers == [12]


def test_the_switch_turns_the_reader_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(counts_things, "THING_COUNTS", False)
    assert asked_things(parse_question("كم غارة شنها الطيران على بلدة تل الورد؟")) == ()
    text = "وجهت النيابة لأربعة رجال تهمة الحرق العمد في قضية حريق سوق تل الورد."
    ev = Evidence(docs={"d1": _doc("d1", "حريق سوق تل الورد", text)})
    assert count_claims(parse_question("كم رجلا وجهت لهم النيابة تهمة الحرق في حريق سوق تل الورد؟"), ev) == []
    monkeypatch.setattr(counts_things, "THING_COUNTS", True)
    scored = count_claims(parse_question("كم رجلا وجهت لهم النيابة تهمة الحرق في حريق سوق تل الورد؟"), ev)
    assert scored and "4" in scored[0][1].text
