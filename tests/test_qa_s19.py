"""Session 19: what counts as a person's name where an answer must state one.

A question asking for a name ("ما اسم الشاب"، "What was the name of the Palestinian ...") is answered by a sentence
that names the person; a quoted sentence that only describes him gets the sentence near it that names him
(:func:`marsad.agent.qa.compose.with_asked`). A nationality adjective after the person's noun ("قتل شاب عراقي"،
"فتى فلسطينيا") describes him and names no one, nor does the institution a spokesman speaks for ("الناطق باسم
وزارة الصحة"). Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from qa_claims import quoted_claim, read_question

import marsad.agent.qa.compose as compose
from marsad.agent.qa.compose import with_asked

VICTIM = ("قتل شاب عراقي مساء الثلاثاء برصاص مسلحين مجهولين قرب سوق شعبي في المدينة. "
          "وقال مصدر في الشرطة إن القتيل كان عائدا إلى منزله. "
          "وقتل كريم جبار ناصر (27 عاما) بعد إصابته بثلاث رصاصات في الظهر.")

SPOKESMAN = ("أعلن الناطق باسم وزارة الصحة أن فتى فلسطينيا قتل بنيران الجيش قرب السياج شرق المدينة. "
             "وقال المسعف سليم عودة إن الفتى هاني زياد درويش (16 عاما) أصيب في الرأس.")


@pytest.mark.parametrize("sentence,names", [
    ("قتل شاب عراقي مساء الثلاثاء برصاص مسلحين مجهولين.", False),
    ("أعلن الناطق باسم وزارة الصحة أن فتى فلسطينيا قتل.", False),
    ("وقال الناطق باسم الشرطة نبيل فارس إن دورية تعرضت لإطلاق نار.", True),
    ("وقتل كريم جبار ناصر (27 عاما) بعد إصابته.", True),
    ("قتل الشاب كريم جبار برصاص مسلحين.", True),
])
def test_states_name(sentence, names):
    q = read_question("ما اسم الشاب الذي قتل قرب السوق؟")
    norm = compose.normalize(compose.readable(sentence))
    assert compose.states_kind(q, ("name", ()), norm, "") is names


def test_nationality_is_no_name():
    q = read_question("ما اسم الشاب العراقي الذي قتل برصاص مسلحين قرب السوق؟")
    claim = quoted_claim(VICTIM, "قتل شاب عراقي مساء الثلاثاء برصاص مسلحين مجهولين قرب سوق شعبي في المدينة.")
    out = with_asked(q, [claim], {"d1": VICTIM})
    assert "كريم جبار ناصر" in out[0].text and len(out[0].spans) == 2


def test_nationality_switch_off(monkeypatch):
    monkeypatch.setattr(compose, "NAME_NOT_WORD", False)
    q = read_question("ما اسم الشاب العراقي الذي قتل برصاص مسلحين قرب السوق؟")
    claim = quoted_claim(VICTIM, "قتل شاب عراقي مساء الثلاثاء برصاص مسلحين مجهولين قرب سوق شعبي في المدينة.")
    assert with_asked(q, [claim], {"d1": VICTIM}) == [claim]


def test_spokesman_institution_is_no_name():
    q = read_question("What was the name of the Palestinian teenager killed near the fence east of the city?")
    claim = quoted_claim(SPOKESMAN, "أعلن الناطق باسم وزارة الصحة أن فتى فلسطينيا قتل بنيران الجيش قرب السياج شرق المدينة.")
    out = with_asked(q, [claim], {"d1": SPOKESMAN})
    assert "درويش" in out[0].text


def test_spokesman_switch_off(monkeypatch):
    monkeypatch.setattr(compose, "NAME_NOT_WORD", False)
    q = read_question("What was the name of the Palestinian teenager killed near the fence east of the city?")
    claim = quoted_claim(SPOKESMAN, "أعلن الناطق باسم وزارة الصحة أن فتى فلسطينيا قتل بنيران الجيش قرب السياج شرق المدينة.")
    assert with_asked(q, [claim], {"d1": SPOKESMAN}) == [claim]
