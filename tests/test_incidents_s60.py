"""Pass 60: one record per incident. Sentences written for these tests.

* mines told as a field ("حقول ألغام") open no IED frame (``frames.MINEFIELD``): a strike that hit them is one record.
"""

from __future__ import annotations

from marsad.agent.offline import frames

_FIELD = ("شنت طائرات التحالف الدولي سبع غارات على مواقع للتنظيم في العراق أمس. وقال البيان إن الغارات أصابت "
          "مستودعات ذخيرة قرب مدينة بيجي وحقول ألغام قريبة من مدينة حديثة.")
_BLAST = "قتل راع أمس بانفجار لغم في حقل ألغام قديم قرب بلدة حرض."


def _types(offline_extract, text: str) -> list[str]:
    return [a.attack_type for a in offline_extract(text).attacks]


def test_a_minefield_a_strike_hit_is_no_bombing(offline_extract):
    assert _types(offline_extract, _FIELD) == ["airstrike"]


def test_a_mine_blast_in_a_minefield_stays_an_ied(offline_extract):
    assert _types(offline_extract, _BLAST) == ["ied"]


def test_minefield_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "MINEFIELD", False)
    assert "ied" in _types(offline_extract, _FIELD)
