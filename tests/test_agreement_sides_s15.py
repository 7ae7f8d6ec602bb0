"""Agreements, fifteenth pass: the sides a dual ("الجانبان") refers to are never the enemy both fight.

Sentences written for these tests (none from the corpus). Judged on the whole development slice (records with the
switch off vs on) and on fresh development articles (seeds 1990-1999).
"""

from __future__ import annotations

from marsad.agent.offline import agreements_sides
from marsad.core.arabic import normalize

_STORY = ("قال مسؤول في وزارة الدفاع الأمريكية إن القوات الأمريكية ستكثف دورها في الحرب على تنظيم داعش شمال سوريا. "
          "وأضاف أن القوات الأمريكية والجيش التركي يعملان معا ضد داعش منذ أشهر. "
          "وأوضح أن الجيش التركي سيفتح قاعدتين جويتين أمام الطائرات. "
          "وبحث الوزيران الوضع الإنساني في المنطقة الحدودية. "
          "وتناول اللقاء ملف اللاجئين في المخيمات. "
          "وفي ختام اللقاء اتفق الجانبان على تشكيل لجنة عسكرية مشتركة تجتمع كل شهر.")


def _parties(extract, text):
    return [sorted(a.parties) for a in extract(text).agreements]


def test_the_group_only_named_as_fought_is_no_side(offline_extract):
    [parties] = _parties(offline_extract, _STORY)
    assert not any("داعش" in p for p in parties)
    assert len(parties) == 2


def test_switch_off_takes_the_fought_group_back(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_sides, "FOUGHT_GROUPS", False)
    [parties] = _parties(offline_extract, _STORY)
    assert any("داعش" in p for p in parties)


def _fought_only(text):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    ctx = build_context(Document(doc_id="t", title="", text=text, published="2018-03-01"), get_gazetteer())
    return agreements_sides._fought_only(ctx)


def test_a_group_that_also_acts_is_kept():
    only_fought = "تواصل القوات العراقية الحرب على تنظيم داعش غرب الأنبار. وقال ضابط إن العمليات ضد داعش مستمرة."
    assert _fought_only(only_fought) == {"isis"}
    acting = only_fought + " وكان تنظيم داعش قد تبنى هجوما على نقطة تفتيش قبل يومين."
    assert _fought_only(acting) == frozenset()


def test_fought_positions():
    def fought(words, i):
        return agreements_sides._fought_at([normalize(w) for w in words], i)

    assert fought(["الحرب", "على", "داعش"], 2)
    assert fought(["الحرب", "على", "تنظيم", "داعش"], 3)
    assert fought(["ضد", "القاعدة"], 1)
    assert fought(["ولمحاربة", "داعش"], 1)
    assert fought(["التصدي", "لداعش"], 1)
    assert not fought(["وقالت", "داعش"], 1)
    assert not fought(["يتعين", "على", "حماس"], 2)
