"""Agreements in real phrasing, twenty-third pass: sentences written for these tests (none from the corpus).

Judged on the whole development slice's agreement records (seed 6200 held sample apart): an agreement told with a
relative clause or a participle after it ("الاتفاقية التي أبرمتها ..."، "مذكرة التفاهم الموقعة ...") had status
unknown, the verb carrying the agreement's pronoun (switch agreements_status.TOLD_AFTER).
"""

from __future__ import annotations

from marsad.agent.offline import agreements_status


def _statuses(extract, text):
    return [a.status for a in extract(text).agreements]


_SIGNED = ("وصلت إلى الرباط ثلاث مروحيات عسكرية من إسبانيا في إطار الاتفاقية التي أبرمتها المغرب مع إسبانيا "
           "في مارس الماضي لتحديث سلاح الجو.")
_MEMO = ("وسلمت الكويت الجيش الأردني شحنة عتاد بموجب مذكرة التفاهم الموقعة بينهما عام 2016 "
         "في مجال التدريب والتسليح.")
_ASKED = ("وتحدث الوزير السعودي عن الهدنة الإنسانية التي طلبها الرئيس اليمني وأيدتها الحكومة السعودية "
          "لإيصال المساعدات.")


def test_a_clause_after_the_agreement_tells_its_status(offline_extract):
    assert _statuses(offline_extract, _SIGNED) == ["agreed"]
    assert _statuses(offline_extract, _MEMO) == ["agreed"]
    assert _statuses(offline_extract, _ASKED) == ["proposed"]


def test_without_the_rule_the_status_is_unknown(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "TOLD_AFTER", False)
    assert _statuses(offline_extract, _SIGNED) == ["unknown"]
    assert _statuses(offline_extract, _MEMO) == ["unknown"]
    assert _statuses(offline_extract, _ASKED) in (["unknown"], [])


# A truce of a set length, told after it ended (switch agreements_records.ENDED_PERIOD).
_OVER = ("وقال تقرير أممي إن الهجمات تراجعت في اليمن رغم تطبيق وقف لإطلاق النار لأربعة أيام في 10 كانون الثاني/يناير "
         "بين الحكومة اليمنية والحوثيين.")
_RANGE = "ودخلت هدنة بين الحوثيين والحكومة اليمنية حيز التنفيذ من 3 إلى 6 شباط/فبراير في محافظة تعز."


def test_a_truce_of_a_set_length_told_after_it_is_implemented(offline_extract):
    assert _statuses(offline_extract, _OVER) == ["implemented"]
    assert _statuses(offline_extract, _RANGE) == ["implemented"]
    running = offline_extract(_RANGE, published="2019-02-05").agreements
    assert [a.status for a in running] != ["implemented"]


def test_without_the_rule_the_ended_truce_is_only_agreed(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_records
    monkeypatch.setattr(agreements_records, "ENDED_PERIOD", False)
    assert _statuses(offline_extract, _OVER) != ["implemented"]
    assert _statuses(offline_extract, _RANGE) != ["implemented"]


# A side told by a plural noun of people and a people's adjective (switch agreements_parties.PEOPLE_SUBJECT).
_PEOPLE = "وأعلن مسؤولون أكراد أمس إبرام اتفاق مع الحكومة السورية ينص على انتشار قوات عند المعبر."


def _parties(extract, text):
    return [sorted(a.parties) for a in extract(text).agreements]


def test_officials_of_a_people_are_a_side(offline_extract):
    assert _parties(offline_extract, _PEOPLE) == [sorted(["مسؤولون أكراد", "الحكومة السورية"])]


def test_without_the_rule_one_side_only(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_parties
    monkeypatch.setattr(agreements_parties, "PEOPLE_SUBJECT", False)
    assert _parties(offline_extract, _PEOPLE) != [sorted(["مسؤولون أكراد", "الحكومة السورية"])]


# A verb of lasting said of a war or crisis before it, not of the agreement (switch agreements_status.CONTINUED_OTHER).
_LASTED = "ووقع الرئيسان اتفاقا بين إريتريا وإثيوبيا لفتح الحدود أنهى أزمة عسكرية استمرت عشرين عاما."


def test_what_lasted_is_the_crisis_not_the_agreement(offline_extract):
    assert _statuses(offline_extract, _LASTED) == ["agreed"]


def test_without_the_rule_the_agreement_is_in_force(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "CONTINUED_OTHER", False)
    assert _statuses(offline_extract, _LASTED) == ["implementing"]
