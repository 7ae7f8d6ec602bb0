"""Pass 63 (fixqamiss63, review63 item 20): a count the question states is set aside only when the question binds it
to the act the article's count tells (agent/qa/counts_claims.stated_counts): "which ended with the arrest of seven of
them, how many were targeted" sets the article's seven arrested aside; "how many of the ten kidnapped were killed"
may still answer ten when the article tells all ten killed. Numbers written in words are read as digits are.

Every sentence, name and figure here is invented.
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa.counts_claims import count_claims, stated_counts

_KIDNAPPED = ("خطف مسلحون مجهولون عشرة من عناصر الشرطة على طريق بين بلدتي الزهور والنخيل شمال محافظة صلاح الدين. "
              "وبعد ثلاثة أيام عثرت القوات الأمنية على جثث 10 شرطيين قتلهم الخاطفون جميعا قرب بلدة الزهور.")
_SWEEP = ("شنت قوات الأمن حملة مداهمات في أحياء مدينة كركوك استهدفت 60 شخصا من المطلوبين. "
          "وقال مسؤول أمني إن الحملة انتهت باعتقال سبعة منهم بينهم قيادي في التنظيم.")


def _values(question: str, *texts: str) -> list[str]:
    return [c.text for _, c in count_claims(read_question(question), evidence_of(*texts))]


def test_the_stated_group_may_be_the_answer():
    # the ten are stated as kidnapped, the killed are asked: the article's ten killed answer (digits and words alike)
    for q in ("كم شرطيا قتل من عناصر الشرطة الـ10 المخطوفين قرب بلدة الزهور؟",
              "كم شرطيا قتل من عناصر الشرطة العشرة المخطوفين قرب بلدة الزهور؟"):
        assert stated_counts(q) == set()
        got = _values(q, _KIDNAPPED)
        assert got and "10" in got[0]


def test_a_count_stated_with_its_act_is_no_answer():
    # the seven are stated as arrested: the article's seven arrested are what the question knows, not what it asks
    # (digits, a word, a definite word, an English word: each one count)
    for q in ("كم شخصا استهدفت حملة المداهمات في كركوك التي انتهت باعتقال سبعة منهم؟",
              "كم شخصا استهدفت حملة المداهمات في كركوك التي انتهت باعتقال 7 منهم؟",
              "كم شخصا استهدفت حملة المداهمات في كركوك التي انتهت باعتقال السبعة المطلوبين منهم؟",
              "How many people did the raids in Kirkuk target, the campaign that ended with the arrest of seven of them?"):
        assert stated_counts(q) == {("arrested", 7)}
        assert not any("7" in t or "سبعة" in t for t in _values(q, _SWEEP))
    # (asked without stating them, the seven arrested are read)
    got = _values("كم شخصا اعتقل في حملة المداهمات في كركوك؟", _SWEEP)
    assert got and ("7" in got[0] or "سبعة" in got[0])


def test_a_year_or_the_asked_verb_binds_no_count():
    assert stated_counts("كم شخصا قتل في هجوم 3 مسلحين على حاجز في كركوك عام 2017؟") == set()
    assert stated_counts("How many of the 10 kidnapped policemen were killed?") == set()
