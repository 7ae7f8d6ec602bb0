"""Roles, session 15: general causes of a missing or wrong perpetrator found on fresh development articles.

- a spokesman's group named again after "إن" ("قال متحدث باسم الحركة إن الحركة نفذت الهجوم") is the doer, also
  when the speech verb stands a few words before the spokesman;
- the force annexed to "قمع" (putting down) is the doer of the deaths it caused.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_subjects


def _doers(records) -> list:
    return [a.perpetrator for a in records.attacks]


_SPOKESMAN = "قال مسؤول محلي ومتحدث باسم حركة الشباب إن الحركة شنت هجوما على قاعدة عسكرية قرب بلدة جوهر صباح الأحد."
_REPRESSION = "قتل 7 متظاهرين وأصيب العشرات جراء قمع قوات الأمن لاحتجاجات في مدينة كسلا."


def test_spokesmans_group_named_again_after_that_is_the_doer(offline_extract):
    assert _doers(offline_extract(_SPOKESMAN)) == ["حركة الشباب"]


def test_spokesmans_group_denying_is_no_doer(offline_extract):
    records = offline_extract("قال مسؤول محلي ومتحدث باسم حركة الشباب إن الحركة لم تنفذ الهجوم على قاعدة عسكرية قرب بلدة جوهر.")
    assert "حركة الشباب" not in _doers(records)


def test_force_annexed_to_putting_down_is_the_doer(offline_extract):
    records = offline_extract(_REPRESSION)
    assert _doers(records) == ["الشرطة السودانية"]
    assert records.attacks[0].target == "متظاهرين"


@pytest.mark.parametrize(("flag", "text", "old"), [
    ("SOURCE_NAMED", _SPOKESMAN, [None]),
    ("REPRESSION", _REPRESSION, [None]),
])
def test_each_rule_off_gives_the_old_doer(offline_extract, monkeypatch, flag, text, old):
    monkeypatch.setattr(roles_subjects, flag, False)
    assert _doers(offline_extract(text)) == old
