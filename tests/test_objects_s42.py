"""What was hit, owned by a force written with "ل" right after it, pass 42 (``roles_objects.SITE_AS_WRITTEN``):
"هاجموا ثكنة للجيش" has the barracks with its owner as the target, as written (GUIDELINES §4), not the army
alone, an owner written as one bare word named in full ("ثكنة للجيش العراقي"); a force hit itself ("أطلقوا النار
على الشرطة") stays the force.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects

_BARRACKS = "هاجم مسلحون مجهولون ثكنة للجيش في بلدة الحويجة فجر الخميس، وقتلوا جنديين."
_CONVOY = "استهدف تفجير انتحاري قافلة للشرطة الاتحادية على طريق سريع جنوب مدينة الموصل يوم السبت."
_FORCE = "أطلق مسلحون النار على الشرطة في حي العامرية ببغداد وأصابوا ثلاثة أشخاص."


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "site", "force"), [
    (_BARRACKS, "ثكنة للجيش العراقي", "الجيش العراقي"),
    (_CONVOY, "قافلة للشرطة الاتحادية", "الشرطة الاتحادية"),
])
def test_a_site_of_a_force_is_the_target_as_written(offline_extract, monkeypatch, on, text, site, force):
    monkeypatch.setattr(roles_objects, "SITE_AS_WRITTEN", on)
    (a,) = offline_extract(text).attacks
    assert a.target == (site if on else force)


def test_a_force_hit_itself_stays_the_force(offline_extract):
    (a,) = offline_extract(_FORCE).attacks
    assert a.target == "الشرطة"
