"""Session 28 toll rules, on sentences written for the tests: others counted with a victim before a casualty clause
of the other kind are of the victim's kind ("مقتل جندي و4 آخرين وإصابة 7" = 5 killed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor, casualties_companions
from marsad.schemas import Document

_EX = OfflineExtractor()


def _tolls(text: str) -> list[tuple]:
    r = _EX.extract(Document(doc_id="t", title=None, text=text, published="2019-03-10"))
    return [(a.killed, a.injured) for a in r.attacks]


SHELL = "قصف مسلحون بقذائف الهاون سوقا للخضار في مدينة صعدة الأحد، ما أدى إلى "


@pytest.mark.parametrize("tail,expected", [
    ("مقتل مواطن وثلاثة آخرين وإصابة خمسة.", (4, 5)),
    ("مقتل جندي و4 آخرين وجرح 7.", (5, 7)),
    ("مقتل جندي و4 آخرين.", (5, None)),
    ("مقتل جندي و4 آخرين بجروح.", (1, 4)),      # the others are the injured
    ("مقتل جندي وإصابة 4 آخرين.", (1, 4)),
])
def test_others_before_a_clause_of_the_other_kind(tail, expected):
    assert _tolls(SHELL + tail) == [expected]


def test_others_then_clause_verb_form():
    assert _tolls("قتل شرطي و3 آخرون وأصيب 6 في انفجار عبوة ناسفة في مدينة الفلوجة الأحد.") == [(4, 6)]


def test_switch_off_keeps_the_victim_alone(monkeypatch):
    monkeypatch.setattr(casualties_companions, "OTHERS_THEN_CLAUSE", False)
    assert _tolls(SHELL + "مقتل مواطن وثلاثة آخرين وإصابة خمسة.") == [(1, 5)]
