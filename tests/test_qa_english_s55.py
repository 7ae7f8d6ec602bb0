"""Pass 55 (qaen55): questions about security events told by words the gate's vocabulary lacked -- taking a place
back, a court and a killing, a blade or a fire weapon, a military base, armed units and captives, envoys -- and
English place names searched as the gazetteer and the news write them. The sentences are written for these tests."""

import pytest

from marsad.agent.qa import domain
from marsad.agent.qa.domain import in_domain
from marsad.agent.qa.question import parse_question

_EVENTS = [
    "Which village did the tribesmen say they recaptured last week?",
    "Who pleaded guilty to murdering three shoppers at the market in the capital?",
    "What was the man convicted of after the rampage at the school last year?",
    "What did the man do after he stabbed two passers-by outside the station?",
    "What did the youths send over the fence with incendiary kites?",
    "Which brigade took part in the parade near the air base?",
    "Where was the ambassador summoned after the remarks?",
    "ما القرية التي قال الرجال إنهم حرروها الأسبوع الماضي؟",
    "ما البلدة التي قالت الجهة إنها حررتها قرب الجبل؟",
    "متى بدأت محاكمة الرجل في القضية؟",
    "كم شخصا أصاب رجل يحمل سكينا في السوق؟",
    "ماذا أرسل الشبان عبر السياج بالطائرات الورقية الحارقة؟",
    "لماذا استدعت الدولة سفيرها من العاصمة؟",
]
_OFF = [
    "What is the capital of Canada?",
    "Who won the final of the cup in 2018 and what was the score?",
    "How do I bake a chocolate cake with strawberries?",
    "ما هي أعلى قمة جبلية في قارة أفريقيا؟",
    "كم كانت نتيجة مباراة الفريقين في النهائي؟",
    "كيف أحضر الكبسة باللحم خطوة بخطوة؟",
    "How many bones are there in an adult human body?",
    # (review55 M1) words of the event classes in sport, cooking, business and names: a blade with no violence, control
    # of a league table or a company, a captivating view, a doping verdict, serenity and the name Sakina
    "Which kitchen knife do chefs prefer for cutting raw fish?",
    "Which businessman took control of the social network in 2022?",
    "Which island has the most captivating sunsets in the region?",
    "Which club regained control of the top of the table on Sunday?",
    "Which cyclist was convicted of using banned substances?",
    "When can a student retake the final exam?",
    "ما نوع السكين المناسب لتقطيع الخضار؟",
    "ما معنى كلمة السكينة في اللغة؟",
    "متى ولدت الممثلة سكينة في القاهرة؟",
    "ما عقوبة العداء الذي أدين بتناول المنشطات؟",
    "من اللاعب الذي قاتل في صفوف النادي موسمين؟",
]


@pytest.mark.parametrize("text", _EVENTS)
def test_security_events_told_by_other_words_are_in_domain(text, monkeypatch):
    assert in_domain(parse_question(text))
    monkeypatch.setattr(domain, "EVENT_CLASSES", False)
    monkeypatch.setattr(domain, "VIOLENT_CRIME", False)  # (pass 56: a murder or a stabbing is also violent crime)
    assert not in_domain(parse_question(text))


@pytest.mark.parametrize("text", _OFF)
def test_questions_outside_the_domain_stay_outside(text):
    assert not in_domain(parse_question(text))


_EVENTS_FIX55 = [
    "When did the tribesmen regain control of the town near the river?",
    "When did the tribesmen start retaking Fallujah?",
    "Which shop did the man with a knife enter before the rampage?",
    "ما المحل الذي دخله الرجل الذي اعتدى على جاره بسكين؟",
    "كم طعنة تلقى الرجل في السوق؟",
    "ما الحكم على الرجل الذي أدين بطعن جاره؟",
]


@pytest.mark.parametrize("text", _EVENTS_FIX55)
def test_a_place_taken_back_and_a_blade_with_violence_are_in_domain(text, monkeypatch):
    # (fix55) control regained of a place (a place noun or a place the question names), a blade or a verdict with a cue
    # of violence; each needs EVENT_CLASSES
    assert in_domain(parse_question(text))
    monkeypatch.setattr(domain, "EVENT_CLASSES", False)
    monkeypatch.setattr(domain, "VIOLENT_CRIME", False)  # (pass 56: a murder or a stabbing is also violent crime)
    assert not in_domain(parse_question(text))


def test_control_is_regained_of_a_place_only():
    # (fix55) the place noun after the verb, or a place the question names; not a company, a table or an exam
    for text in ["When did they regain control of Mosul?", "When did they regain control of the airport?",
                 "متى استعادوا السيطرة على الفلوجة؟", "متى استعادوا السيطرة على البلدة؟"]:
        assert domain._place_taken(parse_question(text)), text
    for text in ["When did they regain control of Twitter?", "When did they regain control of the league table?",
                 "When can I retake the exam?", "متى استعادوا السيطرة على الشركة؟"]:
        assert not domain._place_taken(parse_question(text)), text


def test_arabic_event_words_end_at_a_word_end():
    # (fix55) "سكين" is not "السكينة" (serenity, the name Sakina), "طعن"/"محاكم" are closed words
    assert not domain._BLADE_AR.search("ما معني السكينه في اللغه")
    assert domain._BLADE_AR.search("رجل يحمل سكينا في السوق")
    assert not domain._EVENT_AR.search("طعنوني بكلامهم")
    assert domain._EVENT_AR.search("تلقي طعنات في صدره")
    assert domain._EVENT_AR.search("بدات محاكمته امس")
    assert not domain._EVENT_AR.search("محاكمين")
    # "قاتل في صفوف/مع" is the verb "fought"; the killer is "القاتل" or "قاتل" before anything else
    assert not domain._EVENT_AR.search("من قاتل في صفوف الفريق")
    assert domain._EVENT_AR.search("اين اعتقل القاتل في المدينه")
    assert domain._EVENT_AR.search("من هو قاتل الصحفي")


def test_the_liberating_verb_is_not_a_freed_person_or_an_editor():
    # (the verb is read in its past forms and with an object pronoun only; "تحرر" / "محرر" are other words)
    assert not domain._EVENT_AR.search("تحرر الاقتصاد من القيود بعد سنوات")
    assert not domain._EVENT_AR.search("قال محرر الصفحه الثقافيه")
    assert domain._EVENT_AR.search("قالت القوات انها حررتها بالكامل")


# ---------------------------------------------------------------- English place names (translit, question_mentions)
from marsad.agent.qa import question_mentions, translit  # noqa: E402
from marsad.agent.qa.question_mentions import mentions  # noqa: E402
from marsad.agent.qa.translit import NameFinder, with_names  # noqa: E402

_VOCAB = ["لحج", "لاهج", "حوط", "عناد", "قاعد", "قرب", "اسك", "شهر", "شهير"]
_FREQ = {"لحج": 60, "لاهج": 1, "حوط": 4, "عناد": 3, "قاعد": 300, "قرب": 900, "اسك": 2, "شهر": 800, "شهير": 40}
_GAZ = {"Lahj": ("الحوطه", "لاهج", "لحج"), "Qwertysehir": ("كويرتي شهر", "كويرتيشهر")}


def _names(text: str) -> dict:
    q = with_names(parse_question(text), NameFinder(_VOCAB, _FREQ), lambda w: _GAZ.get(w, ()))
    return {e.name_en: e for e in q.names}


def test_a_gazetteer_place_is_searched_by_the_name_most_articles_write(monkeypatch):
    lahj = _names("How many fighters were killed in Lahj last week?")["Lahj"]
    assert "لحج" in lahj.get("searched") and "الحوطه" in lahj.get("searched")
    assert set(lahj.get("known")) == {"الحوطه", "لاهج", "لحج"}  # (every gazetteer name still names it)
    monkeypatch.setattr(translit, "KNOWN_MOST_HELD", False)
    assert "لحج" not in _names("How many fighters were killed in Lahj last week?")["Lahj"].get("searched")


def test_an_al_name_whose_short_spelling_is_a_word_keeps_its_article(monkeypatch):
    anad = _names("How many fighters were killed near the al-Anad air base?")["Anad"]
    assert "العند" in anad.get("searched") and "العند" in anad.ar
    assert mentions(anad, "وقعت اشتباكات قرب قاعدة العند الجوية")
    assert not mentions(anad, "وصل الوفد عند الفجر الى المدينة")
    monkeypatch.setattr(question_mentions, "ARTICLE_KEPT", False)
    question_mentions._PATTERNS.clear()
    assert mentions(anad, "وصل الوفد عند الفجر الى المدينة")  # (the bare word would name the base)
    question_mentions._PATTERNS.clear()
    monkeypatch.setattr(translit, "AL_SHORT", False)
    assert "العند" not in _names("How many fighters were killed near the al-Anad air base?")["Anad"].ar
    # (without the article in the question, the spelling found stays alone)
    monkeypatch.setattr(translit, "AL_SHORT", True)
    assert "العند" not in _names("How many fighters were killed near Anad air base?")["Anad"].ar
    assert "العند" not in _names("How many fighters were killed near the al-Aynad air base?")["Aynad"].ar


def test_a_gazetteer_name_of_two_words_is_named_with_more_long_vowels(monkeypatch):
    place = _names("How many people were shot dead in Qwertysehir last spring?")["Qwertysehir"]
    assert mentions(place, "قتل اربعة في مدينة كويرتي شهير غرب البلاد")
    assert not mentions(place, "قتل اربعة في مدينة كويرتي في شهر نيسان")
    question_mentions._PATTERNS.clear()
    monkeypatch.setattr(question_mentions, "PLACE_WORD_VOWELS", False)
    assert not mentions(place, "قتل اربعة في مدينة كويرتي شهير غرب البلاد")
    question_mentions._PATTERNS.clear()


def test_a_name_before_an_institution_noun_is_not_an_unspelled_place(monkeypatch):
    q = parse_question("How many people did a guard shoot dead at Qwertyzi University in Turkey?")
    assert not [e for e in domain.world_places(q) if e.name_en == "Qwertyzi"]
    monkeypatch.setattr(domain, "INSTITUTION_NAMES", False)
    domain._world_places.cache_clear()
    assert [e for e in domain.world_places(q) if e.name_en == "Qwertyzi"]
    domain._world_places.cache_clear()
