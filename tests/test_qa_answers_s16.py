"""Session 16: the answer states what the question asks for (a place, a person, a day).

A quoted sentence that tells the event but not the place, the office holder or the day asked for gets the
sentence near it that does (:func:`marsad.agent.qa.compose.with_asked`); the kind asked for is read from the
question (:func:`marsad.agent.qa.question.asked_kind`). Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from qa_claims import quoted_claim, read_question

import marsad.agent.qa.compose as compose
from marsad.agent.qa.compose import with_asked
from marsad.agent.qa.question import asked_kind


@pytest.mark.parametrize("question,kind", [
    ("في أي مدينة رشق متظاهرون موكب الوزير بالحجارة؟", ("place", ("مدينه",))),
    ("أين سقطت المروحية العسكرية الأسبوع الماضي؟", ("place", ())),
    ("Which district did the army start to storm last week?", ("place", ("مديريه", "قضاء", "منطقه", "حي", "ناحيه"))),
    ("من يقود وحدة مكافحة الجرائم المالية في مولدوفا؟", ("person", ())),
    ("من هو المتحدث باسم وزارة الصحة الذي أعلن الحصيلة؟", ("person", ())),
    ("متى تنتهي حالة الطوارئ في البلاد؟", ("date", ())),
    ("كم شخصا قتل في انفجار السوق؟", None),
])
def test_asked_kind(question, kind):
    assert asked_kind(read_question(question)) == kind


CITY = ("ألقى محتجون غاضبون الطماطم على موكب وزير زائر خلال جولته في الشمال. "
        "وكان الوزير قد وصل صباحا إلى مبنى البلدية في مدينة كفرنبل للقاء الوجهاء. "
        "وأصدرت الحكومة بيانا دانت فيه ما جرى.")


def test_place_sentence_added():
    q = read_question("في أي مدينة ألقى محتجون الطماطم على موكب الوزير؟")
    claim = quoted_claim(CITY, "ألقى محتجون غاضبون الطماطم على موكب وزير زائر خلال جولته في الشمال.")
    out = with_asked(q, [claim], {"d1": CITY})
    assert "كفرنبل" in out[0].text and len(out[0].spans) == 2


def test_switch_off(monkeypatch):
    monkeypatch.setattr(compose, "ASKED_KIND", False)
    q = read_question("في أي مدينة ألقى محتجون الطماطم على موكب الوزير؟")
    claim = quoted_claim(CITY, "ألقى محتجون غاضبون الطماطم على موكب وزير زائر خلال جولته في الشمال.")
    assert with_asked(q, [claim], {"d1": CITY}) == [claim]


def test_quote_stating_place_kept():
    q = read_question("في أي مدينة وصل الوزير إلى مبنى البلدية؟")
    claim = quoted_claim(CITY, "وكان الوزير قد وصل صباحا إلى مبنى البلدية في مدينة كفرنبل للقاء الوجهاء.")
    assert with_asked(q, [claim], {"d1": CITY}) == [claim]


MOUNTAIN = ("سقطت مروحية نقل عسكرية مساء السبت أثناء رحلة تدريبية. "
            "وقال مسؤول في الدفاع المدني إن المروحية سقطت في منطقة جبلية وعرة. "
            "وأفادت وكالة محلية بأن المروحية سقطت قرب قرية تل الزيتون شرق البلاد.")


def test_adjective_after_kind_is_no_place():
    q = read_question("أين سقطت المروحية العسكرية أثناء الرحلة التدريبية؟")
    claim = quoted_claim(MOUNTAIN, "سقطت مروحية نقل عسكرية مساء السبت أثناء رحلة تدريبية.")
    out = with_asked(q, [claim], {"d1": MOUNTAIN})
    assert "تل الزيتون" in out[0].text and "جبلية" not in out[0].text


HOLDER = ("حذر رئيس وحدة مكافحة الجرائم المالية في مولدوفا من موجة احتيال عبر الهاتف. "
          "وتستهدف العمليات كبار السن في المدن الكبرى. "
          "وقال فاليريو كوستيكا إن فريقه أوقف عشرين مشتبها به.")


def test_holder_named_later():
    q = read_question("من يقود وحدة مكافحة الجرائم المالية في مولدوفا؟")
    claim = quoted_claim(HOLDER, "حذر رئيس وحدة مكافحة الجرائم المالية في مولدوفا من موجة احتيال عبر الهاتف.")
    out = with_asked(q, [claim], {"d1": HOLDER})
    assert "كوستيكا" in out[0].text


DAY = ("أعلن المتحدث باسم الرئاسة أن حالة الطوارئ لن تمدد مرة أخرى. "
       "وأضاف أن حالة الطوارئ ستنتهي في 21 أيلول المقبل بعد تمديدها سبع مرات.")


def test_day_sentence_added():
    q = read_question("متى تنتهي حالة الطوارئ بحسب المتحدث باسم الرئاسة؟")
    claim = quoted_claim(DAY, "أعلن المتحدث باسم الرئاسة أن حالة الطوارئ لن تمدد مرة أخرى.")
    out = with_asked(q, [claim], {"d1": DAY})
    assert "21 أيلول" in out[0].text


# ---- "what did X agree", "how did X describe Y": the sentence stating the asked verb ranks first


def test_describe_question_is_an_action():
    from marsad.agent.qa.question import Intent

    assert read_question("بأي وصف نعت نتنياهو الاتفاق الجديد مع طهران؟").intent is Intent.action
    assert read_question("How did Netanyahu describe the new deal with Tehran?").intent is Intent.action


def test_describe_switch_off(monkeypatch):
    import marsad.agent.qa.question_intent as qi
    from marsad.agent.qa.question import Intent

    monkeypatch.setattr(qi, "DESCRIBE_ACTION", False)
    assert read_question("بأي وصف نعت نتنياهو الاتفاق الجديد مع طهران؟").intent is not Intent.action


@pytest.mark.parametrize("question,verbs", [
    ("على ماذا اتفقت أنقرة مع واشنطن بخصوص المعارضة؟", ("اتفق",)),
    ("بأي وصف نعت نتنياهو الاتفاق الجديد مع طهران؟", ("نعت", "وصف")),
    ("What did Erdogan agree to with Putin?", ("اتفق", "توافق")),
    ("ماذا قال الوزير عن الهجوم؟", ()),
])
def test_asked_verbs(question, verbs):
    from marsad.agent.qa.actions import asked_verbs

    assert asked_verbs(read_question(question)) == verbs


class _Doc:
    def __init__(self, text):
        self.text, self.title, self.published = text, "", None


class _Evidence:
    def __init__(self, text):
        self.docs = {"d1": _Doc(text)}

    def rank_of(self, doc_id):
        return 0


AGREED = ("قال أحمد داود أوغلو رئيس الحكومة التركية إن بلاده لن ترسل جنودا إلى الجانب الآخر من الحدود رغم ضغط واشنطن. "
          "وأضاف أحمد داود أوغلو أن أنقرة اتفقت مع الحلفاء على تدريب مقاتلين محليين في معسكرات مشتركة.")


@pytest.mark.parametrize("on", [True, False])
def test_sentence_with_asked_verb_first(monkeypatch, on):
    import marsad.agent.qa.actions as actions

    monkeypatch.setattr(actions, "ASKED_VERB", on)
    q = read_question("على ماذا اتفق أحمد داود أوغلو مع واشنطن؟")
    claims = actions.action_claims(q, _Evidence(AGREED), limit=1)
    assert ("تدريب مقاتلين" in claims[0].text) is on
