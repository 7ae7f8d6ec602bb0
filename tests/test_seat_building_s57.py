"""A government building that is attacked keeps its capital, pass 57 (fixext57): ``attacks_places.SEAT_BUILDING``,
the guard of ``AUTHORITY_SEAT`` on a building noun and on a place told outside the attack's own clause.

Sentences written for these tests (names, days and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_places as ap

# the compound of the government is the target; the province named is where the officials speak from
COMPOUND = ("لقي ستة أشخاص حتفهم في تفجير انتحاري ضرب مجمعا تابعا للحكومة في كابول، بحسب مسؤولين من ولاية "
            "قندهار.")
# the protesters were shot in front of the government's headquarters; other marches in another city
HEADQUARTERS = ("أصيب تسعة محتجين بالرصاص الحي أمام مقر الحكومة في بغداد، فيما نظم آلاف مسيرات أخرى في "
                "الناصرية.")
# a bomb at the government palace; the governor of another province speaks afterwards
PALACE = "انفجرت عبوة ناسفة قرب قصر الحكومة في صنعاء، بحسب مصادر محلية في مأرب."
# no building: the government's supporters were shot at in the capital; the marches elsewhere are another clause
OTHER_CLAUSE = "أطلق مسلحون النار على أنصار الحكومة في بغداد، فيما خرجت تظاهرات في البصرة."


def _names(offline_extract, text: str) -> list:
    return [a.location.name if a.location else None for a in offline_extract(text).attacks]


@pytest.mark.parametrize("text, seat, other", [
    (COMPOUND, "كابول", "قندهار"),
    (HEADQUARTERS, "بغداد", "الناصرية"),
    (PALACE, "صنعاء", "مأرب"),
    (OTHER_CLAUSE, "بغداد", "البصرة"),
])
@pytest.mark.parametrize("on", [True, False])
def test_an_attacked_government_building_or_other_clause_keeps_the_capital(offline_extract, monkeypatch, on, text, seat, other):
    monkeypatch.setattr(ap, "SEAT_BUILDING", on)
    names = _names(offline_extract, text)
    assert names
    assert any(seat in (n or "") for n in names) is on
    assert any(other in (n or "") for n in names) is not on
