"""Session 32 frame rules, on sentences written for the tests: a definite blast or attack noun with a relative clause
("التفجير الذي استهدف ..."، "الانفجاران اللذان ...") tells its incident; a bomber blowing himself up with the subject
between the verb and "نفسه" is a suicide attack; the masculine "بلغ" reaches a revised toll ("وبلغ عدد القتلى 9") as "بلغت" does."""

from __future__ import annotations

from marsad.agent.offline import OfflineExtractor, casualties_updates, frames
from marsad.agent.offline.casualties_updates import _updated_total
from marsad.agent.offline.context import build_context
from marsad.core.arabic import normalize
from marsad.schemas import Document

_EX = OfflineExtractor()


def _records(text: str, published: str = "2019-03-11") -> list:
    return _EX.extract(Document(doc_id="t", title=None, text=text, published=published)).attacks


def _frames(text: str) -> list:
    ctx = build_context(Document(doc_id="t", title=None, text=text, published="2019-03-11"), _EX._gazetteer)
    return frames.find_frames(ctx, 0)


def _words(text: str) -> list[str]:
    return normalize(text).replace("،", " ").replace(".", " ").split()


def _total(text: str):
    words = _words(text)
    return _updated_total(words, 0, len(words))


CONDEMNED = "أدانت الحكومة بشدة التفجير الإرهابي الذي ضرب سوقا في مدينة بعقوبة أمس وأسفر عن مقتل 14 شخصا."
DUAL = "وكان الانفجاران اللذان هزا حيا سكنيا في مدينة الموصل قد أوديا بحياة 11 شخصا."


def test_definite_blast_with_relative_clause_is_an_incident():
    recs = _records(CONDEMNED)
    assert [(r.killed, r.date) for r in recs] == [(14, "2019-03-10")]
    assert recs[0].location is not None and "بعقوبة" in recs[0].location.name


def test_definite_blast_as_cause_with_relative_clause():
    recs = _records("قتل 6 أشخاص في الانفجار الذي استهدف مقهى في مدينة كركوك صباح اليوم.")
    assert [r.killed for r in recs] == [6]


def test_dual_blast_with_relative_clause():
    recs = _records(DUAL)
    assert [r.killed for r in recs] == [11]


def test_definite_assault_noun_with_relative_clause():
    assert [f.concepts for f in _frames("وندد البيان بالاعتداء الذي تعرضت له دورية للشرطة في بلدة الرمادي.")] == [["attack"]]


def test_relative_clause_after_adjectives_only():
    # two adjectives may come between; an ordinary word ends it
    assert _frames("أدانت الوزارة التفجير الانتحاري الجبان الذي استهدف حسينية في بلدة سيهات.")
    assert not _frames("تحدث الوزير عن التفجير وأثره على الذين يسكنون قرب السوق.")


def test_no_frame_for_a_test_or_another_kind_of_assault():
    assert not _frames("وأعلنت كوريا أن التفجير النووي الذي أجرته كان ناجحا.")
    assert not _frames("وتحدثت الصحيفة عن الاعتداء الجنسي الذي تعرضت له فتاة في المدرسة.")
    assert not _frames("وحذر التقرير من الانفجار السكاني الذي تشهده المدن.")


def test_switch_off_opens_no_frame(monkeypatch):
    monkeypatch.setattr(frames, "DEFINITE_RELATIVE", False)
    assert not _records(CONDEMNED)


def test_bombers_blowing_themselves_up_with_subject_between():
    recs = _records("فجر مهاجمان انتحاريان نفسيهما قرب محطة حافلات في مدينة مايدوغوري صباح اليوم، ما أسفر عن مقتل 8 أشخاص.")
    assert [(r.attack_type, r.killed) for r in recs] == [("suicide_attack", 8)]
    fs = _frames("وفجرت مهاجمة نفسها قرب نقطة تفتيش في بلدة بيو.")
    assert fs and "suicide_attack" in fs[0].concepts


def test_one_of_them_blowing_himself_up_is_told_again():
    assert not _frames("وقال الضابط إن المهاجمين اقتربا من البوابة حيث فجر أحدهما نفسه.")


def test_self_blast_switch_off(monkeypatch):
    monkeypatch.setattr(frames, "SELF_BLAST", False)
    assert not _frames("وفجرت مهاجمة نفسها قرب نقطة تفتيش في بلدة بيو.")


def test_masculine_reached_toll_is_an_update():
    assert _total("وبلغ عدد القتلى 9 بحسب مصادر طبية").value == 9
    recs = _records("قتل ثلاثة جنود في هجوم على حاجز في مدينة العريش. وبلغ عدد القتلى 7 بحسب مصادر طبية.")
    assert [r.killed for r in recs] == [7]


def test_masculine_reached_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_updates, "REACHED_MASCULINE", False)
    assert _total("وبلغ عدد القتلى 9 بحسب مصادر طبية") is None


def test_masculine_reached_running_total_is_no_update():
    assert _total("وبلغ عدد القتلى منذ بداية العام 900") is None


def test_relative_clause_telling_only_a_toll_opens_no_blast_frame():
    fs = _frames("وحمل البيان الجماعة مسؤولية الانفجار الذي أسفر عن إصابة 9 أشخاص.")
    assert all("explosion" not in f.concepts for f in fs)


def test_terrorist_incident_noun_with_relative_clause():
    recs = _records("وقال الوزير إن الحادث الإرهابي الذي استهدف أمس كنيسة في مدينة المنيا لن يفرق بين أبناء الوطن.")
    assert len(recs) == 1 and recs[0].date == "2019-03-10"
    assert _frames("أدان المجلس العملية الانتحارية التي استهدفت حافلة للجنود في بلدة العريش.")[0].types == ["suicide_attack"]


def test_plain_incident_noun_with_relative_clause_opens_no_frame():
    assert not _frames("وقع الحادث الذي شهدته الطريق السريعة قرب مدينة المنيا بعد منتصف الليل.")


def test_toll_told_in_the_relative_clause_shares_its_frame():
    fs = _frames("أدانت الرابطة العملية الانتحارية التي نفذها مسلحون على مقر للشرطة في مدينة المكلا ليلة أمس وراح ضحيتها 7 أشخاص.")
    assert len(fs) == 1 and "killed" in fs[0].concepts


def test_claimed_relative_event_is_left_to_the_claim():
    fs = _frames("وأعلنت الحركة مسؤوليتها عن الانفجار الذي استهدف سوقا في بلدة جوهر.")
    assert all("explosion" not in f.concepts for f in fs)
