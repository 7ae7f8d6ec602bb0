"""Pass 63 (qamiss63): the last reader (agent/qa/sentence_pick.py) on questions that abstained though the answer
was stated: the article's lead as context (LEAD_CREDIT), "ما يسمى" read as no question word, and "القيادي" as a title
before a name; the whole text LEAD_CREDIT reads is cached per article (id and text), not in one shared entry.

Every sentence, name and figure here is invented (the places and groups are the lexicon's or general knowledge).
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import sentence_pick
from marsad.agent.qa.compose import states_person
from marsad.agent.qa.translit import with_words
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon


def _pick(question: str, *texts: str) -> list[str]:
    return [c.text for c in sentence_pick.pick_claims(with_words(read_question(question)), evidence_of(*texts),
                                                      get_lexicon())]


# -- the lead as context (LEAD_CREDIT)

_SHELTER = ("قررت الحكومة اليمنية نقل اجتماعات مجلس الدفاع الأعلى إلى مقر محصن تحت الأرض قرب مدينة عدن ابتداء من الأسبوع "
            "المقبل. "
            "وقال مسؤول حكومي إن القرار اتخذ بعد سلسلة هجمات بالطائرات المسيرة على المدينة. "
            "وأضاف المسؤول أن المقر مجهز بأنظمة اتصال حديثة ومولدات كهرباء. "
            "وجاء تشييد المقر قبل سنوات بتوصية لجنة الطوارئ الوطنية التي شكلها البرلمان عقب الحرب.")
_SHELTER_Q = "بتوصية من أي لجنة شيد المقر المحصن الذي قررت الحكومة اليمنية نقل اجتماعات مجلس الدفاع الأعلى إليه قرب عدن؟"


def test_a_later_sentence_telling_the_detail_is_read_with_the_lead(monkeypatch):
    quotes = _pick(_SHELTER_Q, _SHELTER)
    assert quotes and "لجنة الطوارئ الوطنية" in quotes[0]
    monkeypatch.setattr(sentence_pick, "LEAD_CREDIT", False)
    assert not _pick(_SHELTER_Q, _SHELTER)


def test_the_lead_adds_no_filler_a_sentence_lacks():
    # (no sentence names a committee after the lead: nothing is picked)
    text = _SHELTER.replace("بتوصية لجنة الطوارئ الوطنية التي شكلها البرلمان", "بقرار من وزارة الدفاع")
    assert not _pick(_SHELTER_Q, text)


def test_the_whole_text_is_each_articles_own():
    # (the cache is keyed by the article and its text: two articles, or one id with a changed text, never share it)
    class Doc:
        def __init__(self, title, text):
            self.title, self.text = title, text

    one, two = Doc("", "قصفت طائرات مسيرة مطار عدن."), Doc("عنوان", "انفجرت سيارة مفخخة في بغداد.")
    assert "عدن" in sentence_pick.whole_text("a:1", one)
    assert "بغداد" in sentence_pick.whole_text("a:2", two) and "عدن" not in sentence_pick.whole_text("a:2", two)
    assert "عدن" in sentence_pick.whole_text("a:1", one)
    assert "بغداد" in sentence_pick.whole_text("a:1", Doc("", "انفجرت سيارة مفخخة في بغداد."))


# -- "ما يسمى" is no question word; "القيادي" is a title


def test_so_called_is_no_asked_noun():
    q = read_question("من القيادي الذي عينته الجماعة على رأس ما يسمى المجلس الأعلى للشباب؟")
    assert sentence_pick.asked_type(q) == ("person", ())
    assert sentence_pick.asked_type(read_question("ما الجسر الذي افتتحته البلدية؟")) == ("noun", ("جسر",))


def test_a_leading_member_is_named_after_his_title():
    assert states_person(normalize("وعينت الجماعة القيادي البارز سالم العبدلي رئيسا للمجلس."))
    assert states_person(normalize("وقال القيادي سالم الحداد إن الحزب سيشارك في الانتخابات."))
    assert not states_person(normalize("وعينت الجماعة القيادي في الحزب رئيسا للمجلس."))
