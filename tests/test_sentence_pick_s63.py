"""Pass 63 (qamiss63): the last reader (agent/qa/sentence_pick.py) on questions that abstained though the answer
was stated: the article's lead as context (LEAD_CREDIT), three more asked kinds (ASKED_MORE: an age, a share, "which
<adjective> city" after a first sentence), "ما يسمى" read as no question word, and "القيادي" as a title before a name.

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


# -- an age, a share, and "which <adjective> city" (ASKED_MORE)

_AGE = ("قتلت قوات الأمن العراقية مسلحا هاجم نقطة تفتيش قرب مدينة الموصل فجر اليوم. "
        "وقالت مصادر أمنية إن القتيل سالم الجبوري (34 عاما) من المسلحين المطلوبين بتهم إرهابية منذ سنوات.")
_SHARE = ("أعلنت وزارة المالية العراقية أن الحكومة ستخصص جزءا من عائدات النفط لإعادة إعمار مدينة الموصل. "
          "وقال وزير المالية إن الحكومة قررت تخصيص 7% من عائدات صادرات النفط لصندوق إعادة الإعمار في الموصل.")


def test_how_old_asks_an_age(monkeypatch):
    q = "How old was the gunman killed by Iraqi security forces at a checkpoint near Mosul?"
    assert sentence_pick.asked_type(read_question(q)) == ("age", ())
    quotes = _pick(q, _AGE)
    assert quotes and "34" in quotes[0]
    monkeypatch.setattr(sentence_pick, "ASKED_MORE", False)
    assert sentence_pick.asked_type(read_question(q)) != ("age", ())


def test_an_age_is_a_number_of_years_not_any_number():
    q = read_question("How old was the gunman killed by Iraqi security forces near Mosul?")
    kind = ("age", ())
    told = "وقالت مصادر أمنية إن المسلح سالم الجبوري (34 عاما) كان مطلوبا."
    other = "وقالت مصادر أمنية إن 34 مسلحا قتلوا في العملية."
    assert sentence_pick.has_filler(q, kind, told, normalize(told), get_lexicon())
    assert not sentence_pick.has_filler(q, kind, other, normalize(other), get_lexicon())


def test_what_share_asks_a_share(monkeypatch):
    q = "What share of Iraq's oil export revenue did the government set aside for rebuilding Mosul?"
    assert sentence_pick.asked_type(read_question(q)) == ("share", ())
    quotes = _pick(q, _SHARE)
    assert quotes and "7%" in quotes[0]
    monkeypatch.setattr(sentence_pick, "ASKED_MORE", False)
    assert sentence_pick.asked_type(read_question(q)) is None


def test_a_number_without_a_share_is_no_share():
    q = read_question("ما نسبة عائدات النفط التي خصصتها الحكومة العراقية لإعمار الموصل؟")
    assert sentence_pick.asked_type(q) == ("share", ())
    told = "وقررت الحكومة تخصيص 7 مليارات دينار للصندوق."
    assert not sentence_pick.has_filler(q, ("share", ()), told, normalize(told), get_lexicon())


def test_which_city_after_a_first_sentence_asks_a_place(monkeypatch):
    q = "In May, the police arrested 30 people in a raid. In which large coastal city was the raid?"
    assert sentence_pick.asked_type(read_question(q)) == ("place", ())
    monkeypatch.setattr(sentence_pick, "ASKED_MORE", False)
    assert sentence_pick.asked_type(read_question(q)) != ("place", ())


# -- "ما يسمى" is no question word; "القيادي" is a title


def test_so_called_is_no_asked_noun():
    q = read_question("من القيادي الذي عينته الجماعة على رأس ما يسمى المجلس الأعلى للشباب؟")
    assert sentence_pick.asked_type(q) == ("person", ())
    assert sentence_pick.asked_type(read_question("ما الجسر الذي افتتحته البلدية؟")) == ("noun", ("جسر",))


def test_a_leading_member_is_named_after_his_title():
    assert states_person(normalize("وعينت الجماعة القيادي البارز سالم العبدلي رئيسا للمجلس."))
    assert states_person(normalize("وقال القيادي سالم الحداد إن الحزب سيشارك في الانتخابات."))
    assert not states_person(normalize("وعينت الجماعة القيادي في الحزب رئيسا للمجلس."))
