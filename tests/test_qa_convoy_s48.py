"""Pass 48 (lead48): a VIP's motorcade (موكب) is a convoy, the concept of an English "convoy" question.

Arabic news tells an attack on an official's cars as one on his "موكب", seldom as "رتل" or "قافلة": a question about a
convoy read the convoy concept (``glossary.json``) and asked only for those words, so the sentence telling the blast
at the motorcade did not rank above others about the same man. The extractor reads a motorcade target by its own
nouns (``site_nouns``, ``owned_target_heads``), so its records do not change.

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import passage_quotes, read_question

from marsad.core.lexicon import get_lexicon


def _convoy_terms() -> list[str]:
    entry = next(e for e in get_lexicon().entries if e.id == "convoy")
    return [*entry.ar, entry.canonical]


def test_motorcade_is_a_convoy_word():
    assert "موكب" in _convoy_terms()


def test_convoy_question_reads_the_convoy_concept():
    ids = [c.id for c in read_question("Where was the governor's convoy hit by a roadside bomb?").concepts]
    assert "convoy" in ids


def test_the_sentence_telling_the_blast_at_the_motorcade_is_quoted():
    text = ("وصل رئيس الوزراء حيدر العبادي إلى مدينة الكوت صباح الخميس لافتتاح مستشفى جديد للأطفال. "
            "وقال حيدر العبادي إن المستشفى سيخدم آلاف الأسر في المحافظة. "
            "وانفجرت عبوة ناسفة لدى مرور موكب حيدر العبادي قرب جسر المدينة دون أن يصاب بأذى.")
    quotes = passage_quotes("Where did the bomb hit Haider al-Abadi's convoy?", text)
    assert quotes and "موكب" in quotes[0]


def test_a_funeral_procession_stays_a_funeral():
    ids = [c.id for c in read_question("How many mourners were in the funeral procession?").concepts]
    assert "convoy" not in ids


def test_an_arabic_funeral_procession_stays_a_funeral():
    ids = [c.id for c in read_question("كم عدد القتلى في التفجير الذي استهدف موكب تشييع في الحلة؟").concepts]
    assert "convoy" not in ids
    assert "convoy" in [c.id for c in read_question("أين استهدف التفجير موكب المحافظ؟").concepts]
