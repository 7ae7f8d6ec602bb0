"""Fortieth pass, answers at archive scale: a "to where" question answered by a quoted sentence also cites the sentence
just after it that tells the move again with a destination the first leaves out. Sentences written for these tests."""

from __future__ import annotations

from qa_claims import read_question

from marsad.agent.qa import destinations
from marsad.agent.qa.compose import Claim, news_sentences
from marsad.agent.qa.destinations import with_destinations

_FLED = ("أعلن قائد شرطة محافظة ديالى اللواء سامي الكرخي، الثلاثاء، فرار عشرات المسلحين من ديالى إلى محافظة صلاح "
         "الدين وإيران بعد تقدم القوات الأمنية. "
         "وقال إن «عشرات المسلحين فروا من ديالى إلى صلاح الدين ومدينة الموصل عبر الطرق الترابية». "
         "وأضاف أن العمليات مستمرة.")


def _quoted_first(text: str) -> list:
    s, e = news_sentences(text)[0]
    return [Claim("تقول المصادر", [("d1", s, e)], quoted=True)]


def test_a_destination_told_again_after_the_quote_is_cited(monkeypatch):
    q = read_question("إلى أين فر المسلحون من ديالى بحسب قائد شرطة المحافظة؟")
    got = with_destinations(q, _quoted_first(_FLED), {"d1": _FLED})
    assert len(got[0].spans) == 2 and "الموصل" in got[0].text
    # the next sentence names no destination the quote leaves out: nothing added
    same = _FLED.replace("ومدينة الموصل", "وإيران")
    assert len(with_destinations(q, _quoted_first(same), {"d1": same})[0].spans) == 1
    # not a destination question: nothing added
    where = read_question("أين وقعت المعارك في ديالى بحسب قائد شرطة المحافظة؟")
    assert len(with_destinations(where, _quoted_first(_FLED), {"d1": _FLED})[0].spans) == 1
    monkeypatch.setattr(destinations, "DESTINATIONS", False)
    assert len(with_destinations(q, _quoted_first(_FLED), {"d1": _FLED})[0].spans) == 1
