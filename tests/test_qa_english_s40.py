"""Pass 40 (qa40e): English questions.

* An accented Latin letter in an English question is read as its plain letter ("Trèbes" as "Trebes"): the word
  patterns read a-z only, and an accent cut the name in two (:func:`marsad.agent.qa.question_parse.fold_latin`).
* A "who carried out" answer whose record names a group (the one that claimed it) also quotes the sentence of the
  same article naming the man who did it ("منفذ الهجوم"), when there is one
  (:data:`marsad.agent.qa.records.DOER_NAMED`).
* A count read from a sentence gets the place of the record its sentence tells when the question asks where too
  (:func:`marsad.agent.qa.records.with_places`).
* The registry's DHKP-C is found by its التحرر spelling too, so an English answer names it in English.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from qa_claims import read_question

import marsad.agent.qa.question_parse as question_parse
import marsad.agent.qa.records as records
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question_parse import fold_latin
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document


@pytest.mark.parametrize("text,folded", [
    ("Who attacked the café in Trèbes?", "Who attacked the cafe in Trebes?"),
    ("How many died in Düsseldorf and Ḩajjah?", "How many died in Dusseldorf and Hajjah?"),
    ("كم قتيلا سقط في الهجوم؟", "كم قتيلا سقط في الهجوم؟"),
    ("مَن نفّذ الهجوم؟", "مَن نفّذ الهجوم؟"),  # Arabic marks are not Latin accents
    ("Who was hurt in the 3 × 2 attack?", "Who was hurt in the 3 × 2 attack?"),
])
def test_fold_latin(text, folded):
    assert fold_latin(text) == folded


@pytest.mark.parametrize("on", [True, False])
def test_accented_name_is_one_word(monkeypatch, on):
    monkeypatch.setattr(question_parse, "FOLD_LATIN", on)
    accented = read_question("Who stormed the town hall of Bézières in May?")
    plain = read_question("Who stormed the town hall of Bezieres in May?")
    assert (accented.uncovered == plain.uncovered) == on
    assert ("zi" in accented.uncovered or "res" in accented.uncovered) != on


BANK = ("احتجز مسلح عددا من الموظفين داخل مصرف في مدينة ليون الفرنسية صباح الاثنين وقتل اثنين منهم قبل أن "
        "تقتله قوات الشرطة. وتبنى تنظيم داعش الهجوم في بيان نشرته وكالة أعماق. "
        "وقال المدعي العام إن كريم بوعزة منفذ الهجوم كان معروفا لدى أجهزة الأمن منذ سنوات.")
# the same attack, the doer unnamed; and an article recalling the doers (plural) of an older attack
BANK_UNNAMED = BANK.split(" وقال")[0]
BANK_OLD = BANK_UNNAMED + " وذكّر الهجوم بما فعله منفذو الهجوم على مسرح في المدينة قبل عامين."


def _claims(text: str, question: str):
    from marsad.agent.offline import OfflineExtractor

    doc = Document(doc_id="d1", title="مسلح يحتجز موظفي مصرف في ليون", text=text, published="2019-05-06")
    ev = Evidence(docs={"d1": doc}, records={"d1": OfflineExtractor().extract(doc)})
    assert any(r.perpetrator for r in ev.records["d1"].attacks), "the extractor states the group as the doer"
    return records.record_claims(read_question(question), ev, get_lexicon())


@pytest.mark.parametrize("on", [True, False])
def test_doer_named_beside_the_group(monkeypatch, on):
    monkeypatch.setattr(records, "DOER_NAMED", on)
    claims = _claims(BANK, "Who carried out the hostage attack at the bank in Lyon?")
    assert claims and ("ISIS" in claims[0].text or "Islamic State" in claims[0].text)
    assert ("بوعزة" in claims[0].text) == on
    if on:  # the doer's sentence is cited too
        assert len(claims[0].spans) > len(claims[0].spans[:1])


def test_doer_named_arabic():
    claims = _claims(BANK, "من نفذ هجوم احتجاز الرهائن في مصرف ليون؟")
    assert claims and "بوعزة" in claims[0].text


@pytest.mark.parametrize("text", [BANK_UNNAMED, BANK_OLD])
def test_no_doer_sentence_no_addition(text):
    claims = _claims(text, "Who carried out the hostage attack at the bank in Lyon?")
    assert claims and "the attacker the article names" not in claims[0].text


# a count's sentence names no town; the next sentence does (the record's place)
MARKET = ("قتل 4 مدنيين وأصيب 9 آخرون بقذيفة أطلقتها ميليشيا الحوثي على سوق شعبي مزدحم. "
          "وأوضح مصدر طبي أن القذيفة سقطت وسط سوق الخضار في مدينة التربة بمحافظة تعز.")


def _market():
    from marsad.agent.offline import OfflineExtractor
    from marsad.agent.qa.compose import Claim

    doc = Document(doc_id="m1", title="قتلى بقذيفة حوثية على سوق في تعز", text=MARKET, published="2018-06-02")
    ev = Evidence(docs={"m1": doc}, records={"m1": OfflineExtractor().extract(doc)})
    end = MARKET.index(".") + 1
    return ev, Claim("4 killed («قتل 4 مدنيين»)", [("m1", 0, end)], [4], quoted=True)


@pytest.mark.parametrize("on", [True, False])
def test_count_gets_the_record_place_when_where_is_asked(monkeypatch, on):
    monkeypatch.setattr(records, "COUNT_PLACE", on)
    ev, claim = _market()
    assert any(r.location is not None for r in ev.records["m1"].attacks)
    q = read_question("How many civilians were killed by the shell on the market in Taiz province, and in which town?")
    out = records.with_places(q, [claim], ev, get_lexicon())
    assert ("Turbah" in out[0].text or "التربة" in out[0].text) == on


def test_count_keeps_its_text_when_where_is_not_asked():
    ev, claim = _market()
    q = read_question("How many civilians were killed by the shell on the market in Taiz province?")
    assert records.with_places(q, [claim], ev, get_lexicon())[0].text == claim.text


@pytest.mark.parametrize("sentence,named", [
    ("ونسبت السلطات التفجير إلى جبهة التحرر الشعبي الثوري اليسارية.", True),
    ("وقال مسؤول إن الهجوم يرتبط بحزب/جبهة التحرر الشعبي الثوري المحظورة.", True),
    ("وشاركت جبهة التحرير الوطني في الانتخابات البلدية.", False),
])
def test_dhkp_c_liberation_spelling_is_glossed(sentence, named):
    """The registry's DHKP-C is also written with التحرر ("liberation") for التحرير: an English answer quoting such
    a sentence names it in English."""
    from marsad.agent.qa.compose import glossed

    assert ("DHKP-C" in glossed(sentence)) == named


# --- an English "dh" is a dhal or dad; an o/u before an a is said across an ain (qa40c) ----------------------

import marsad.agent.qa.translit as translit  # noqa: E402


def test_dh_is_written_with_dhal_or_dad_not_plain_dal():
    assert translit.letter_agreement("Dhamir", "ضامر") > translit.letter_agreement("Dhamir", "دامر")
    assert translit.letter_agreement("Dhamir", "ذامر") > translit.letter_agreement("Dhamir", "دامر")
    # a plain d is still read as د
    assert translit.letter_agreement("Damir", "دامر") == translit.letter_agreement("Damir", "ضامر")


def test_dh_with_the_switch_off(monkeypatch):
    monkeypatch.setattr(translit, "DH_EMPHATIC", False)
    monkeypatch.setattr(translit, "_EN_LETTERS", [(en, "ذضد" if en == "dh" else ar) for en, ar in translit._EN_LETTERS])
    assert translit.letter_agreement("Dhamir", "ضامر") == translit.letter_agreement("Dhamir", "دامر")


def test_u_before_a_prefers_the_spelling_with_its_ain():
    # a verb's plural in وا of the same consonants is commoner than the place name
    finder = translit.NameFinder(["ذالوا", "ضلوع"], {"ذالوا": 60, "ضلوع": 3})
    assert finder.find("Dhalua")[0] == "ضلوع"
    assert translit.vowel_fit("Shuaib", "شعيب") < translit.vowel_fit("Shuaib", "شيب")


def test_no_hiatus_no_ain_preference(monkeypatch):
    # "ae" (often a hamza: رائد) and a name without a hiatus are untouched
    on = translit.vowel_fit("Raed", "رايد")
    monkeypatch.setattr(translit, "HIATUS_AIN_COST", 0.0)
    assert translit.vowel_fit("Raed", "رايد") == on
    monkeypatch.undo()
    assert translit.vowel_fit("Salwa", "سلوا") < translit.vowel_fit("Salwa", "سلوع")


def test_hiatus_with_the_switch_off(monkeypatch):
    monkeypatch.setattr(translit, "HIATUS_AIN_COST", 0.0)
    finder = translit.NameFinder(["ذالوا", "ضلوع"], {"ذالوا": 60, "ضلوع": 3})
    assert finder.find("Dhalua")[0] == "ذالوا"
