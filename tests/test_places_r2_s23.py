"""Session 23, second round (places of attacks): a mission's owner casts no vote for the article's country."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import context as context_mod
from marsad.schemas import Document


def _places(text: str, title: str | None = None) -> list[tuple[str | None, str | None]]:
    doc = Document(doc_id="t-places-r2-s23", title=title, published="2018-03-03", text=text)
    recs = OfflineExtractor().extract(doc).model_dump(mode="json")
    return [((a.get("location") or {}).get("name"), (a.get("location") or {}).get("country")) for a in recs["attacks"]]


# an attack told with no place of its own, in an article that names France mostly as an embassy's owner
_EMBASSY = ("قالت الحكومة إن مسلحين هاجموا مقرا عسكريا صباح الجمعة وقتلوا ثمانية جنود.\n"
            "وقال شهود في بوركينا فاسو إن دخانا كثيفا تصاعد قرب سفارة فرنسا بعد الهجوم.\n"
            "وأغلقت السفارة الفرنسية أبوابها، ودعت سفارة فرنسا رعاياها إلى البقاء في منازلهم.\n"
            "كما أعلنت القنصلية الفرنسية تعليق أعمالها حتى إشعار آخر.\n")


def test_embassy_owner_casts_no_vote():
    assert [c for _, c in _places(_EMBASSY)] == ["BF"]


def test_embassy_owner_switch_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(context_mod, "EMBASSY_OWNER", False)
    assert [c for _, c in _places(_EMBASSY)] != ["BF"]
