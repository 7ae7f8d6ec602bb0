"""Session 21 (qaread): a country is named by its nationality adjective ("الرئيس التركي"، "القوات العراقية")
wherever the answerer asks whether a text names a question's entities."""

import pytest

from marsad.agent.qa import subject
from marsad.agent.qa.compose import Claim, assemble
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon


def _q(text):
    return parse_question(text, get_lexicon())


def _only(q, name):
    return [e.canonical == name for e in q.entities].index(True)


def test_the_adjective_names_the_country():
    q = _q("متى تنتهي حالة الطوارئ المفروضة في تركيا بحسب المتحدث باسم الرئاسة؟")
    i = _only(q, "تركيا")
    text = "وقال المتحدث باسم الرئيس التركي إن حالة الطوارئ لن تمدد بعد نهاية الشهر الجاري."
    assert subject.entities_named(q, text, adjective=True)[i]


def test_plural_and_feminine_adjectives_name_the_country():
    q = _q("كم شخصا قتلوا في المواجهات على حدود فلسطين في أيار؟")
    i = _only(q, "فلسطين")
    assert subject.entities_named(q, "وارتفع عدد قتلى الفلسطينيين في المواجهات إلى 31.", adjective=True)[i]
    q = _q("كم جنديا قتلوا في العراق الأسبوع الماضي؟")
    i = _only(q, "العراق")
    assert subject.entities_named(q, "وأعلنت القوات العراقية مقتل ثلاثة من جنودها في كمين.", adjective=True)[i]


def test_a_first_name_spelled_like_the_adjective_is_no_country():
    q = _q("ماذا قال وزير خارجية تركيا عن الهجوم؟")
    i = _only(q, "تركيا")
    assert not subject.entities_named(q, "وقال الأمير تركي بن فيصل في مقابلة إن الهجوم مدان.", adjective=True)[i]


def test_switch_off_reads_only_the_lexicon_names(monkeypatch):
    q = _q("متى تنتهي حالة الطوارئ المفروضة في تركيا بحسب المتحدث باسم الرئاسة؟")
    i = _only(q, "تركيا")
    monkeypatch.setattr(subject, "NISBA_COUNTRY", False)
    assert not subject.entities_named(q, "وقال المتحدث باسم الرئيس التركي إن حالة الطوارئ لن تمدد.", adjective=True)[i]


@pytest.mark.parametrize("on", [True, False])
def test_a_quote_naming_the_country_by_its_adjective_is_cited(monkeypatch, on):
    monkeypatch.setattr(subject, "NISBA_COUNTRY", on)
    q = _q("متى تنتهي حالة الطوارئ في تركيا بحسب إبراهيم كالين؟")
    text = "قال إبراهيم كالين، المتحدث باسم الرئاسة التركية، إن حالة الطوارئ تنتهي مساء 20 آب/أغسطس المقبل."
    claim = Claim("تقول المصادر: «...»", [("d1", 0, len(text))], quoted=True)
    answer = assemble(q, [claim], {"d1": text}, backend="offline", strict=True)
    assert answer.abstained is (not on)


def test_a_count_claim_still_needs_the_country_by_name():
    q = _q("كم شخصا قتلوا في الغارة على قرية في تركيا؟")
    text = "وقتل ثلاثة أشخاص في غارة شنتها الطائرات التركية على قرية حدودية."
    count = Claim("عدد القتلى: 3", [("d1", 0, len(text))], [3])
    quote = Claim("تقول المصادر: «...»", [("d1", 0, len(text))], quoted=True)
    assert assemble(q, [count], {"d1": text}, backend="offline", strict=True).abstained
    assert not assemble(q, [quote], {"d1": text}, backend="offline", strict=True).abstained


def test_the_dead_told_as_an_events_victims_are_a_killed_count(monkeypatch):
    from marsad.agent.qa import counts_sentences

    sentence = "وشهدت المدينة العام الماضي تفجيرا في محطة للحافلات راح ضحيته 27 شخصا، وهجوما آخر على فندق."
    assert [(c.value, c.role) for c in counts_sentences.role_counts(sentence)] == [(27, "killed")]
    other = "وأحدث الانفجار حفرة كبيرة ذهب ضحيتها 8 مدنيين وأصيب 15 آخرون."
    assert [(c.value, c.role) for c in counts_sentences.role_counts(other)] == [(8, "killed"), (15, "injured")]
    monkeypatch.setattr(counts_sentences, "VICTIM_OF", False)
    assert counts_sentences.role_counts(sentence) == []
