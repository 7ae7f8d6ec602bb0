"""Pass 59 (qaorder59): competing claims of several articles ordered by how well the QUOTED sentence fits the
question (agent/qa/claim_fit.py), not by the article's rank: a slot's sentence of a lower-ranked article
(slots.SLOT_FIT). (A later reader's sentence of a better-ranked article answering instead, measured the same pass,
fixed 4 and lost 4 items over the whole archive and was left out.)

Sentences, names and events are made up for these tests (the places and groups are the lexicon's).
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import claim_fit, slots
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
