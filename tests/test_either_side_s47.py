"""Pass 47: fighting told "بين" one registry force or group and fighters no registry entry names ("مجموعة مسلحة"،
"مقاتلي الحزب"، "أبناء القبائل") has the named side as its doer (``roles_sides.ONE_NAMED_SIDE``; GUIDELINES D-31:
either side is accepted). Not when the other side is no fighters (protesters), nor when nothing is named. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_sides

NAMED_FIRST = "لقي 11 شخصا حتفهم الأحد في اشتباكات بين الجيش الأفغاني ومجموعة مسلحة في ولاية قندوز."
NAMED_SECOND = "اندلعت مساء الخميس اشتباكات عنيفة بين أبناء القبائل وميليشيات الحوثي في مديرية أرحب."
FIGHTERS_OF = "أصيب خمسة أشخاص في الاشتباكات بين الشرطة التركية ومقاتلين أكراد في بلدة نصيبين."
PROTESTERS = "أصيب خمسة أشخاص في مواجهات بين الشرطة التركية ومحتجين في بلدة نصيبين."
NOTHING_NAMED = "أصيب خمسة أشخاص في مواجهات بين مسلحين ورجال قبيلة في بلدة نصيبين."


@pytest.mark.parametrize("text, side", [
    (NAMED_FIRST, "الأفغان"),
    (NAMED_SECOND, "الحوثي"),
    (FIGHTERS_OF, "الشرطة"),
])
def test_named_side_against_unnamed_fighters_is_the_doer(frame_doers, text, side):
    doers = frame_doers(text)
    assert doers and doers[0] and side in doers[0]


@pytest.mark.parametrize("text", [PROTESTERS, NOTHING_NAMED])
def test_no_fighters_or_no_name_gives_no_doer(frame_doers, text):
    doers = frame_doers(text)
    assert doers and doers[0] is None


def test_switch_off(frame_doers, monkeypatch):
    monkeypatch.setattr(roles_sides, "ONE_NAMED_SIDE", False)
    assert frame_doers(NAMED_FIRST)[0] is None
