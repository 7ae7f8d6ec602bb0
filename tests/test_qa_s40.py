"""Fortieth pass, answers at archive scale: an Arabic "who is the <descriptor> who ..." question is answered by the
name an article ties to the descriptor by apposition ("للنائب فلان الذي"، "فلان، الذي عينته الحكومة محافظا"،
"فلان وهو عالم دين"); a question in two parts ("متى ...، ومن القائد الذي ...؟") cites the sentence answering its second
part too; a line of invisible direction marks is no sentence. Sentences written for these tests."""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import appositions
from marsad.agent.qa.appositions import apposition_claims, asked_descriptor

_RALLY = ("لقي 35 شخصا على الأقل حتفهم في تفجير انتحاري ضرب تجمعا انتخابيا في مدينة بيشاور يوم السبت. "
          "وذكر ضابط في الشرطة أن الانتحاري قصد موكب المرشح البرلماني جمال الدين رحيمي الذي قتل في الانفجار. "
          "وأصيب أكثر من 60 آخرين.")


def test_the_descriptor_of_a_who_is_question():
    assert asked_descriptor(read_question("من هو المرشح الباكستاني الذي قتل في تفجير بيشاور؟")) == "مرشح"
    assert asked_descriptor(read_question("من هو عالم الدين الذي اغتيل في مدينة سيئون؟")) == "عالم"
    # a name asked about, or no relative clause: no descriptor
    assert asked_descriptor(read_question("من هو جمال رحيمي الذي قتل في بيشاور؟")) is None
    assert asked_descriptor(read_question("من هو وزير الداخلية العراقي؟")) is None
    assert asked_descriptor(read_question("Who is the candidate who was killed in Peshawar?")) is None


def test_the_name_after_the_descriptor_and_before_the_relative_pronoun():
    q = read_question("من هو المرشح الباكستاني الذي قتل في التفجير الذي استهدف مهرجانا انتخابيا في بيشاور؟")
    got = apposition_claims(q, evidence_of(_RALLY, published="2018-07-14"))
    assert got and got[0].text.startswith("جمال الدين رحيمي — ")
    # the descriptor tied to no name ("أصيب المرشح"): nothing read
    other = _RALLY.replace("المرشح البرلماني جمال الدين رحيمي الذي قتل", "المرشح البرلماني وأصيب بجروح")
    assert not apposition_claims(q, evidence_of(other, published="2018-07-14"))


def test_the_name_before_a_relative_clause_or_he_is_stating_the_descriptor():
    text = ("أعفي والي ولاية قونية من منصبه بعد تصريحات هدد فيها بدخول حلب. "
            "وكان #مراد_كايا، الذي عينته الحكومة واليا على قونية قبل عامين، قد ألقى خطابا حماسيا أمام أنصاره.")
    q = read_question("من هو الوالي التركي الذي أعفي من منصبه بعد أن هدد بدخول حلب؟")
    got = apposition_claims(q, evidence_of(text, published="2018-04-02"))
    assert got and got[0].text.startswith("مراد كايا — ")
    assert len(got[0].spans) == 2  # the sentence of the event asked about is cited too
    text = ("اغتال مسلحون الشيخ عبدالرحمن بن صالح باوزير وهو عالم دين معروف في مدينة سيئون. "
            "وفر المسلحون من المكان.")
    got = apposition_claims(read_question("من هو عالم الدين الذي اغتاله مسلحون في سيئون؟"), evidence_of(text))
    assert got and got[0].text.startswith("عبدالرحمن بن صالح باوزير — ")
    # "وهو" followed by another descriptor: no name
    text = text.replace("وهو عالم دين معروف", "وهو في طريقه إلى المسجد")
    assert not apposition_claims(read_question("من هو عالم الدين الذي اغتاله مسلحون في سيئون؟"), evidence_of(text))


def test_the_switch(monkeypatch):
    monkeypatch.setattr(appositions, "APPOSITIONS", False)
    q = read_question("من هو المرشح الباكستاني الذي قتل في التفجير الذي استهدف مهرجانا انتخابيا في بيشاور؟")
    assert not apposition_claims(q, evidence_of(_RALLY, published="2018-07-14"))


_OPERATION = ("أعلنت القوات الحكومية، الخميس، إطلاق عملية عسكرية واسعة لتحرير مديرية الصفراء شمال محافظة مأرب. "
              "وقال قائد المنطقة العسكرية الخامسة العميد ناجي حسن الشدادي إن العملية حققت أهدافها الأولى. "
              "وأضاف أن المعارك مستمرة.")


def test_the_second_part_of_a_two_part_question():
    from marsad.agent.qa.two_parts import second_part

    q = read_question("متى أطلقت القوات الحكومية عملية تحرير مديرية الصفراء، ومن القائد الذي أعلن عنها؟")
    second = second_part(q)
    assert second is not None and second.text.startswith("من القايد") and second.entities == q.entities
    q = read_question("How many people were killed in the strike on the market in Marib, and in which town did it happen?")
    assert second_part(q) is not None
    # one question, or a second part asking for what the first asks already (or for no person, place or day)
    assert second_part(read_question("متى أطلقت القوات الحكومية عملية تحرير مديرية الصفراء؟")) is None
    assert second_part(read_question("كم شخصا قتلوا في الغارة على سوق مأرب، وكم جرحوا؟")) is None


def test_a_two_part_question_cites_the_sentence_answering_its_second_part(monkeypatch):
    from marsad.agent.qa import two_parts
    from marsad.agent.qa.compose import Claim

    q = read_question("متى أطلقت القوات الحكومية عملية تحرير مديرية الصفراء، ومن القائد الذي أعلن عنها؟")
    first = _OPERATION.split(". ")[0] + "."
    claim = Claim("العملية: الخميس", [("d0", 0, len(first))])
    got = two_parts.with_second_part(q, two_parts.second_part(q), [claim], {"d0": _OPERATION})
    assert "الشدادي" in got[0].text and len(got[0].spans) == 2
    monkeypatch.setattr(two_parts, "SECOND_PART", False)
    assert two_parts.second_part(q) is None


def test_a_line_of_direction_marks_is_no_sentence(monkeypatch):
    from marsad.agent.qa import compose

    text = "قتل 4 مدنيين في قصف على سوق شعبي.\n\u200f\nوقال مصدر طبي إن الجرحى نقلوا إلى المستشفى."
    assert len(compose._sentences(text)) == 2
    monkeypatch.setattr(compose, "LETTERED", False)
    compose._sentences.cache_clear()
    assert len(compose._sentences(text)) == 3
    compose._sentences.cache_clear()


def test_to_which_country_is_a_destination():
    from marsad.agent.qa.question_intent import asks_destination

    assert asks_destination(read_question("إلى أي بلد فر آلاف السكان من مدينة الرقة في صيف 2017؟"))
    assert asks_destination(read_question("إلى أي دولة نقل الجرحى بعد تفجير مقديشو؟"))
    # where it happened is no destination
    assert not asks_destination(read_question("في أي بلد وقع تفجير السوق الذي قتل فيه 20 شخصا؟"))
