"""Pass 60 (qaabst60): a question asking who holds an office is answered by the name written beside that office
(agent/qa/offices.py, OFFICE_NAME). Sentences, names and states are made up for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.qa import offices
from marsad.agent.qa.offices import _named_holders, asked_office
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import with_words
from marsad.core.lexicon import get_lexicon


def _parsed(text: str):
    return with_words(parse_question(text, get_lexicon()))


@pytest.mark.parametrize("question, office, body", [
    ("من وزير الخارجية الفرنسي الذي زار العاصمة؟", "وزير", ("خارجيه",)),
    ("من هو وزير النقل الذي استقال؟", "وزير", ("نقل",)),
    ("من الوزير الفرنسي الذي قال إن الاتفاق قريب؟", "وزير", ()),
    ("من المتحدث باسم الشرطة الذي أعلن الحصيلة؟", "متحدث", ("شرطه",)),
])
def test_arabic_question_asks_an_office(question, office, body):
    asked = asked_office(_parsed(question))
    assert asked is not None
    assert office in asked[0]
    assert tuple(f for (f,) in asked[1]) == body


@pytest.mark.parametrize("question", [
    "Which Italian trade minister resigned after the vote?",
    "Who is the army spokesman who announced the toll?",
])
def test_english_question_asks_an_office(question):
    assert asked_office(_parsed(question)) is not None


@pytest.mark.parametrize("question", [
    "من قتل الجنود الثلاثة في الهجوم؟",
    "كم وزيرا استقال من الحكومة؟",
    "Which group claimed the attack on the convoy?",
])
def test_no_office_asked(question):
    assert asked_office(_parsed(question)) is None


@pytest.mark.parametrize("sentence, body, name", [
    ("وقال وزير الدفاع الفلاني، سمير الوادي، إن القوات انسحبت.", (("دفاع",),), "سمير الوادي"),
    ("وأكد وزير الداخلية خالد النجار أن الطرق أغلقت.", (("داخليه",),), "خالد النجار"),
    ("وأعلن المتحدث باسم الشرطة العقيد محمد الساعدي أن الحادث وقع فجرا.", (("شرطه",),), "محمد الساعدي"),
    ("وقال كريم البنا، وزير الخارجية، إن المحادثات ستستأنف.", (("خارجيه",),), "كريم البنا"),
])
def test_name_beside_the_office(sentence, body, name):
    offices_asked = ("متحدث", "ناطق") if "متحدث" in sentence else ("وزير",)
    assert _named_holders(sentence, offices_asked, body, ()) == [name]


@pytest.mark.parametrize("sentence, body", [
    ("وقال وزير الخارجية الفلاني، سمير الوادي، إن المحادثات ستستأنف.", (("دفاع",),)),  # another portfolio
    ("وقال نائب وزير الدفاع سمير الوادي إن القوات انسحبت.", (("دفاع",),)),  # the deputy: another office
    ("وقال وزير الدفاع في مؤتمر صحفي إن القوات انسحبت.", (("دفاع",),)),  # no name
    ("وقال المتحدث باسم حكومة منطقة الوادي إن الطرق أغلقت.", ()),  # a body, no name
])
def test_no_name_beside_the_office(sentence, body):
    assert _named_holders(sentence, ("وزير", "متحدث"), body, ()) == []


def test_switch_off(monkeypatch):
    monkeypatch.setattr(offices, "OFFICE_NAME", False)
    assert asked_office(_parsed("من وزير الخارجية الفرنسي الذي زار العاصمة؟")) is None


def test_english_chief_with_a_portfolio():
    asked = asked_office(_parsed("Which US intelligence chief said the threat had grown?"))
    assert asked is not None and "مدير" in asked[0]


def test_english_title_of_an_unknown_body_is_not_read(monkeypatch):
    question = "Who is the head of the Ruritanian organisation against piracy who spoke on Monday?"
    assert asked_office(_parsed(question)) is None
    monkeypatch.setattr(offices, "UNSAID_TITLE", False)
    assert asked_office(_parsed(question)) is not None


def test_body_nouns_and_ranks_are_part_of_the_title():
    # an office of a body named without the article, then a rank after a comma, then the name
    assert _named_holders("وقال رئيس أركان الجيش، اللواء سامر الحداد، إن التدريبات انتهت.", ("رييس",), (), ()) \
        == ["سامر الحداد"]
    # the head of an agency unnamed: no name
    assert _named_holders("وأعلن رئيس جهاز الأمن الداخلي أن التحقيق مستمر.", ("رييس",), (), ()) == []
    # "عبد الله" is one word of a name
    assert _named_holders("وقال المتحدث باسم الجيش العقيد عبد الله الراشد إن الطريق فتح.", ("متحدث",), (), ()) \
        == ["عبد الله الراشد"]


# --- review60 findings 13, 14, 22 (fixqaabst60) ---------------------------------------------------------------------

@pytest.mark.parametrize("question, code", [
    ("من وزير الخارجية الإيراني الذي زار بغداد؟", "IR"),
    ("Which Iranian foreign minister visited Baghdad?", "IR"),
])
def test_the_state_of_the_title_asked_is_kept(question, code):
    """(review60 #13) the title's people's adjective names the state whose office holder is asked."""
    assert offices.title_states(_parsed(question)) == {code}


def test_another_states_minister_does_not_answer():
    """(review60 #13) a sentence naming another state's holder of the same office is not read; the asked one is."""
    asked = asked_office(_parsed("من وزير الخارجية الإيراني الذي زار بغداد؟"))
    states = offices.title_states(_parsed("من وزير الخارجية الإيراني الذي زار بغداد؟"))
    other = "وقال وزير الخارجية الأمريكي جون هاربر إن بلاده ستفرض عقوبات جديدة."
    own = "وقال وزير الخارجية الإيراني كريم زندي إن بلاده سترد."
    assert _named_holders(other, asked[0], asked[1], asked[2], states) == []
    assert _named_holders(own, asked[0], asked[1], asked[2], states) == ["كريم زندي"]
    assert _named_holders(other, asked[0], asked[1], asked[2], frozenset()) == ["جون هاربر"]


def test_a_counterpart_ends_the_name():
    """(review60 #14) "نظيره"/"نظيرها" and kin words after the name are not part of it."""
    assert _named_holders("والتقى وزير الخارجية الإيراني كريم زندي نظيره العراقي في بغداد.", ("وزير",),
                          (("خارجيه",),), ()) == ["كريم زندي"]
    assert _named_holders("واستقبل وزير الدفاع ماهر سليم شقيقه في المستشفى.", ("وزير",), (), ()) == ["ماهر سليم"]


def test_the_asked_states_minister_is_answered_end_to_end(tmp_path):
    """(review60 #22) through the Answerer on an invented article naming two states' foreign ministers, the asked
    state's second: the answer names the asked state's minister."""
    import json

    from marsad.agent.qa import Answerer
    from marsad.core.config import resolve_settings
    from marsad.index.ingest import ingest

    # (the other state's minister first, sharing more of the question's words: without the title's state he answers)
    text = ("وزار وزير الخارجية الأمريكي جون هاربر بغداد أمس والتقى رئيس الوزراء العراقي في مكتبه. "
            "وكان وزير الخارجية الإيراني كريم زندي قد زار بغداد الشهر الماضي.")
    src = tmp_path / "articles.jsonl"
    src.write_text(json.dumps({"id": "o-1", "date": "2016-03-02", "title": "زيارة وزير الخارجية الإيراني إلى بغداد",
                               "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    settings = resolve_settings({"home": str(tmp_path / "home"), "backend": "offline"}, env={})
    ingest(settings, [src], progress=False)
    with Answerer(settings) as answerer:
        answer = answerer.ask("من وزير الخارجية الإيراني الذي زار بغداد والتقى رئيس الوزراء العراقي؟")
    assert not answer.abstained
    assert "كريم زندي" in answer.answer and "جون هاربر" not in answer.answer.split("«")[0]


def test_a_place_after_the_name_ends_it():
    """A place the gazetteer knows after two words of the name is where he went, not his name."""
    sentence = "وزار وزير الخارجية الأمريكي جون هاربر بغداد أمس."
    assert _named_holders(sentence, ("وزير",), (("خارجيه",),), ()) == ["جون هاربر"]


def test_a_governorate_is_not_its_governor():
    """"محافظة" (a governorate) is not the feminine of the office "محافظ": the words after it are no governor's name."""
    sentence = "وأشار إلى أن محافظة دهوك تمتاز بتنوعها، وقال ذلك المحافظ سامر نوري."
    assert _named_holders(sentence, ("محافظ",), (), ()) == ["سامر نوري"]
