"""review52 lows on perp52: ``roles_targets.PERSON_COUNT`` off reproduces the reading before the switch existed --
the counted nouns that never name a target ("أشخاص"، "آخرين"، "آخرون"; ``counted_nobody_nouns``) stay out of the
target whatever the switch.

Sentences written for these tests (places and numbers are made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_targets


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize("text", [
    "وقتل 6 أشخاص في انفجار عبوة ناسفة في مدينة الرمادي.",
    "وقال مسؤول محلي إن قصفا مدفعيا أدى إلى مقتل سبعة أشخاص في مدينة تعز.",
])
def test_persons_counted_name_no_target(offline_extract, monkeypatch, on, text):
    monkeypatch.setattr(roles_targets, "PERSON_COUNT", on)
    (a,) = offline_extract(text).attacks
    assert a.target is None
