"""Counts (s44): "أحد" after a pronoun says who someone is ("إنه أحد عناصر الخلية"), one of a group, nobody counted."""

from __future__ import annotations

from marsad.agent.qa import counts_sentences
from marsad.agent.qa.counts_sentences import role_counts


def _tolls(sentence: str) -> list[tuple[int, str]]:
    return [(c.value, c.role) for c in role_counts(sentence)]


def test_one_of_a_group_after_a_pronoun_counts_nobody(monkeypatch):
    said = "قتل حارس على يد رجل تقول الشرطة إنه أحد عناصر الخلية."
    assert _tolls(said) == []
    assert _tolls("أصيب ثلاثة مدنيين بنيران مسلح وهو أحد عناصر العصابة.") == [(3, "injured")]
    monkeypatch.setattr(counts_sentences, "ONE_OF_THEM", False)
    assert _tolls(said) == [(1, "killed")]  # (without the rule, "أحد" was one of the dead)


def test_one_of_them_killed_is_still_a_count():
    assert _tolls("قتل أحد حراس الأمن في الهجوم على المصرف.") == [(1, "killed")]
    assert _tolls("أصيبت إحدى الموظفات بجروح طفيفة.") == [(1, "injured")]
    # ("كان" is the auxiliary of the verb here: one passer-by was killed)
    assert _tolls("وأصيب شرطي، وكان أحد المارة قد قتل في الانفجار.") == [(1, "killed")]
