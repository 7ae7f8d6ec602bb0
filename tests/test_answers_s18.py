"""Answer composition, eighteenth pass: the words a count answer quotes hold its number."""

from __future__ import annotations

from marsad.agent.qa import counts_claims
from marsad.agent.qa.counts_claims import _phrase
from marsad.agent.qa.counts_sentences import role_counts


def _quoted(sentence: str, value: int) -> str:
    count = next(c for c in role_counts(sentence) if c.value == value)
    return _phrase(sentence, count)


def test_an_at_least_count_quotes_its_number(monkeypatch):
    sentence = "وخلف الانفجار ما لا يقل عن 23 قتيلا ونحو 41 جريحا داخل السوق."
    assert "23" in _quoted(sentence, 23)
    monkeypatch.setattr(counts_claims, "PHRASE_TOKENS", False)
    assert "23" not in _quoted(sentence, 23)


def test_a_diacritic_does_not_shift_the_quoted_words(monkeypatch):
    sentence = "وقُتل 1730 معلّماً على الأقل ودُمّرت قرابة 900 مدرسة في ولايات الشمال."
    assert "900 مدرسة" in _quoted(sentence, 900)
    assert _quoted(sentence, 1730).startswith("وقُتل 1730 معلّماً")
    monkeypatch.setattr(counts_claims, "PHRASE_TOKENS", False)
    assert "900" not in _quoted(sentence, 900)


def test_a_plain_count_quotes_the_same_words():
    sentence = "قتل 14 شخصا على الأقل بينما جرح العشرات في هجوم على حافلة."
    assert _quoted(sentence, 14) == "قتل 14 شخصا على"


def test_a_partitive_count_quotes_the_noun_after_min():
    sentence = "وألقت الشرطة القبض على 6 من أنصار الفريق بعد المباراة في العاصمة."
    count = next(c for c in role_counts(sentence) if c.value == 6)
    assert "6 من أنصار" in _phrase(sentence, count)


def test_min_bayn_quotes_the_noun_after_it():
    # "من بين" is no counted noun: the noun is the word after "بين"
    sentence = "وأوقفت دورية الحدود 6 من بين المهربين قرب المعبر فجر اليوم."
    count = next(c for c in role_counts(sentence) if c.value == 6)
    assert _phrase(sentence, count).endswith("6 من بين المهربين")
