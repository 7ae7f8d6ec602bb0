"""Pass 50 (qadev15): the reviewer's F6 (a prison term's count is told in number words; a verdict's window stops at
a demand, a law or a deed) and F7 (an office noun that is also a given name). Sentences are written for the tests."""

from __future__ import annotations

from marsad.agent.qa.question import parse_question
from marsad.core.arabic import normalize

_NO_TERMS = ["هرب من السجن المركزي منذ سنوات", "اقتحم مسلحون السجن المركزي قبل أشهر", "وأودع السجن منذ ثلاث سنوات",
             "قتل في السجن عام واحد بعد اعتقاله", "الحكم على المتهمين جاء بعد سنوات من المطالبات بإعدام القتلة",
             "يقضي القانون بإعدام كل من يقتل", "صدر الحكم أمس ونفذ التنظيم عملية بإعدام الرهائن"]
_TERMS = ["وقضت المحكمة بالسجن خمسة عشر عاما على المدان", "وقضت المحكمة بالسجن مدة ثلاثة أشهر على السائق",
          "وقضت المحكمة بالسجن لمدة 9 سنوات", "وحكمت المحكمة على المتهم بالحبس سنة واحدة",
          "قضت المحكمة الجزائية في المدينة بإعدام المدانين", "وصدر عليه حكم بالسجن 13 عاما سنة 2016"]


def test_a_prison_term_is_counted_in_number_words_and_a_law_is_no_verdict(monkeypatch):
    from marsad.agent.qa import slots

    q = parse_question("بماذا حكم على السائق؟")
    assert all(slots.asked_slot(q).search(normalize(t)) for t in _TERMS)
    assert not any(slots.asked_slot(q).search(normalize(t)) for t in _NO_TERMS)


def test_a_prison_term_without_number_words_is_read_with_the_switch_off(monkeypatch):
    from marsad.agent.qa import slots

    q = parse_question("بماذا حكم على السائق؟")
    monkeypatch.setattr(slots, "TERM_FORMS", False)
    # (the plain form, before pass 50, takes any word before the unit)
    assert slots.asked_slot(q).search(normalize("وأودع السجن منذ سنوات"))


def test_an_office_noun_that_is_also_a_given_name_asks_a_name(monkeypatch):
    from marsad.agent.qa import passages

    name = parse_question("من هو أمير طاهري؟")
    office = parse_question("من هو أمير التنظيم في المدينة؟")
    assert passages.asked_name(name) is not None and passages._asked_office(name) is None
    assert passages._asked_office(office) is not None
    assert passages._asked_office(parse_question("من هو أمين عام الحزب؟")) is not None
    monkeypatch.setattr(passages, "OFFICE_GIVEN", False)
    assert passages.asked_name(name) is None and passages._asked_office(name) is not None


# ---- a common English given name has the spelling the news writes (translit.WESTERN_GIVEN)
def test_a_common_english_given_name_is_searched_by_its_arabic_spelling(monkeypatch):
    from marsad.agent.qa import translit
    from marsad.agent.qa.translit import NameFinder, with_names

    finder = NameFinder(["جيورج", "جورجيا", "جورج"], {"جيورج": 1, "جورجيا": 40, "جورج": 20})

    def spellings():
        q = with_names(parse_question("Who urged attacks on Prince George at his school in London?"), finder)
        return [e.canonical for e in q.names if e.name_en == "George"]

    assert spellings() == ["جورج"]
    monkeypatch.setattr(translit, "WESTERN_GIVEN", False)
    assert spellings() != ["جورج"]


# ---- "مدى الحياة" is a life term, not the paper "المدى" (question_entities.BARE_CONSTRUCT)
def test_a_common_word_heading_a_definite_noun_is_no_name(monkeypatch):
    from marsad.agent.qa import question_entities

    def names(text):
        return [e.id for e in parse_question(text).entities]

    life = "من القاضي الذي حكم بالسجن مدى الحياة على المدان بتفجير السوق؟"
    assert "almada" not in names(life)
    assert "almada" in names("ماذا نشرت صحيفة المدى عن التفجير؟")
    monkeypatch.setattr(question_entities, "BARE_CONSTRUCT", False)
    assert "almada" in names(life)
