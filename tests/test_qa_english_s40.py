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
from marsad.agent.qa.question_parse import fold_latin


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
