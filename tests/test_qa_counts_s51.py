"""Pass 51 count-reader fixes: a parenthesis between a number and its verb is an aside (PAREN_ASIDE), and the
digits after "الساعة" tell the time of day (CLOCK_TIME). Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa import counts_sentences as cs

# the verb stands 12 tokens after its number; four of them are a parenthesis
_ASIDE = "وذكر مصدر عسكري أن نحو 40 مسلحا من عناصر التنظيم في قرية الحمدانية (جنوب شرق مدينة الموصل القديمة)، لقوا مصرعهم"
_CLOCK = "وانفجرت العبوة في حوالي الساعة 9 صباحا (السابعة بتوقيت غرينتش) وقتل ثلاثة مدنيين"


def _killed(sentence: str) -> set[int]:
    return {c.value for c in cs.role_counts(sentence) if c.role == "killed"}


def test_a_parenthesis_before_the_verb_is_not_counted_in_its_reach(monkeypatch):
    assert 40 in _killed(_ASIDE)
    monkeypatch.setattr(cs, "PAREN_ASIDE", False)
    assert 40 not in _killed(_ASIDE)


def test_the_same_words_outside_a_parenthesis_stay_out_of_reach():
    text = _ASIDE.replace("(", "").replace(")", "")
    assert 40 not in _killed(text)


def test_the_hour_after_al_saa_is_no_count(monkeypatch):
    assert _killed(_CLOCK) == {3}
    monkeypatch.setattr(cs, "CLOCK_TIME", False)
    assert 9 in _killed(_CLOCK)
