"""Pass 59 (qaorder59): competing claims of several articles ordered by how well the QUOTED sentence fits the
question (agent/qa/claim_fit.py), not by the article's rank: a slot's sentence of a lower-ranked article
(slots.SLOT_FIT) and a later reader's sentence of a better-ranked article (answerer.CROSS_READER).

Sentences, names and events are made up for these tests (the places and groups are the lexicon's).
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import answerer, claim_fit, slots
from marsad.agent.qa.compose import Claim

# two reports of one month in one city: the first tells another operation's name, the second the one asked about
_OTHER_OP = ("شنت القوات العراقية هجوما على مواقع لتنظيم داعش في مدينة الرمادي. "
             "وأطلق الجيش على حملة الصحراء اسم \"الفجر الأزرق\" قبل أشهر.")
_ASKED_OP = ("قال مسؤول عسكري إن القوات العراقية بدأت عملية لاستعادة جسر الحديد في مدينة الرمادي. "
             "وأطلق الجيش على عملية جسر الحديد اسم \"السهم الأخضر\" بحسب المسؤول.")
_Q_OP = "ما الاسم الرمزي لعملية استعادة جسر الحديد في الرمادي؟"


def _quote(doc_text: str, sentence: str, doc_id: str) -> Claim:
    start = doc_text.index(sentence)
    return Claim(f"تقول المصادر: «{sentence}»", [(doc_id, start, start + len(sentence))], quoted=True)


def test_claim_fit_counts_the_asked_site_in_the_sentence():
    question = read_question(_Q_OP)
    evidence = evidence_of(_OTHER_OP, _ASKED_OP)
    other = _quote(_OTHER_OP, "وأطلق الجيش على حملة الصحراء اسم \"الفجر الأزرق\" قبل أشهر.", "d0")
    asked = _quote(_ASKED_OP, "وأطلق الجيش على عملية جسر الحديد اسم \"السهم الأخضر\" بحسب المسؤول.", "d1")
    assert claim_fit.claim_fit(question, asked, evidence) > claim_fit.claim_fit(question, other, evidence)


def test_fits_among_weighs_down_what_every_claim_holds():
    question = read_question(_Q_OP)
    evidence = evidence_of(_OTHER_OP, _ASKED_OP)
    other = _quote(_OTHER_OP, "شنت القوات العراقية هجوما على مواقع لتنظيم داعش في مدينة الرمادي.", "d0")
    asked = _quote(_ASKED_OP, "قال مسؤول عسكري إن القوات العراقية بدأت عملية لاستعادة جسر الحديد في مدينة الرمادي.",
                   "d1")
    plain = claim_fit.claim_fit(question, asked, evidence) - claim_fit.claim_fit(question, other, evidence)
    among = claim_fit.fits_among(question, [asked, other], evidence)
    assert among[0] - among[1] > plain > 0  # (the city both name no longer dilutes the difference)


def test_slot_sentence_of_the_article_that_fits(monkeypatch):
    monkeypatch.setattr(slots, "SLOT_FIT", True)
    claims = slots.slot_claims(read_question(_Q_OP), evidence_of(_OTHER_OP, _ASKED_OP))
    assert claims and "السهم الأخضر" in claims[0].text


def test_slot_sentence_of_the_first_article_without_the_switch(monkeypatch):
    monkeypatch.setattr(slots, "SLOT_FIT", False)
    claims = slots.slot_claims(read_question(_Q_OP), evidence_of(_OTHER_OP, _ASKED_OP))
    assert claims and "الفجر الأزرق" in claims[0].text


def test_slot_sentence_of_the_first_article_when_none_fits_better(monkeypatch):
    monkeypatch.setattr(slots, "SLOT_FIT", True)
    same = _ASKED_OP.replace("السهم الأخضر", "الدرع الفضي")
    claims = slots.slot_claims(read_question(_Q_OP), evidence_of(same, _ASKED_OP))
    assert claims and "الدرع الفضي" in claims[0].text  # (equal fit: the better-ranked article's)


# a specialised reader quotes the second article's sentence that tells little; a general reader the first's
_TOP = ("اعتقلت الشرطة في مدينة الموصل ثلاثة رجال بتهمة تهريب الأسلحة إلى تنظيم داعش. "
        "وقال قائد الشرطة إن الرجال نقلوا الأسلحة في شاحنة للخضار عبر حاجز قرب الموصل.")
_SECOND = ("قالت مصادر إن الوضع الأمني في مدينة الموصل مستقر رغم تهديدات تنظيم داعش. "
           "وأضافت المصادر أن الشرطة نشرت دوريات في الأسواق.")
_Q_TRUCK = "كيف نقل الرجال الأسلحة المهربة إلى تنظيم داعش في الموصل؟"


def _stages(evidence):
    weak = _quote(_SECOND, "وأضافت المصادر أن الشرطة نشرت دوريات في الأسواق.", "d1")
    strong = _quote(_TOP, "وقال قائد الشرطة إن الرجال نقلوا الأسلحة في شاحنة للخضار عبر حاجز قرب الموصل.", "d0")
    return [(lambda: [weak], 1), (lambda: [strong], 1)]


def test_later_reader_of_the_better_ranked_article_answers(monkeypatch):
    monkeypatch.setattr(answerer, "CROSS_READER", True)
    question = read_question(_Q_TRUCK)
    evidence = evidence_of(_TOP, _SECOND)
    answer = answerer.first_answer(question, _stages(evidence), evidence, {"d0": "", "d1": ""})
    assert not answer.abstained and "شاحنة" in answer.answer


def test_first_reader_answers_without_the_switch(monkeypatch):
    monkeypatch.setattr(answerer, "CROSS_READER", False)
    question = read_question(_Q_TRUCK)
    evidence = evidence_of(_TOP, _SECOND)
    answer = answerer.first_answer(question, _stages(evidence), evidence, {"d0": "", "d1": ""})
    assert not answer.abstained and "دوريات" in answer.answer


def test_later_reader_of_a_lower_ranked_article_does_not(monkeypatch):
    monkeypatch.setattr(answerer, "CROSS_READER", True)
    question = read_question(_Q_TRUCK)
    evidence = evidence_of(_SECOND, _TOP)  # (the telling article ranked second now)
    weak = _quote(_SECOND, "وأضافت المصادر أن الشرطة نشرت دوريات في الأسواق.", "d0")
    strong = _quote(_TOP, "وقال قائد الشرطة إن الرجال نقلوا الأسلحة في شاحنة للخضار عبر حاجز قرب الموصل.", "d1")
    answer = answerer.first_answer(question, [(lambda: [weak], 1), (lambda: [strong], 1)], evidence,
                                   {"d0": "", "d1": ""})
    assert not answer.abstained and "دوريات" in answer.answer
