"""Roles, session 20 (second pass): what an attack was aimed at when told with "ضد".

"ضد" after an attack noun ("غارات ضد"، "هجوم ضد"، "ضربات نفذتها الطائرات ضد") introduces what was aimed at,
as "على" does (``roles_objects.AGAINST_OBJECT``).

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects


def _targets(records) -> list:
    return [a.target for a in records.attacks]


_STRIKES_AGAINST = "ونفذت طائرات التحالف الدولي أمس 14 غارة جوية ضد مواقع لتنظيم داعش قرب مدينة البوكمال."
_RELATIVE_AGAINST = ("قتل تسعة أشخاص مساء الخميس في غارات شنها الطيران التركي ضد مخابئ لحزب العمال "
                     "الكردستاني في منطقة زاخو.")


@pytest.mark.parametrize(("text", "aimed"), [
    (_STRIKES_AGAINST, "مواقع لتنظيم داعش"),
    (_RELATIVE_AGAINST, "مخابئ لحزب العمال الكردستاني"),
])
def test_what_follows_against_is_the_target(offline_extract, text, aimed):
    assert _targets(offline_extract(text))[:1] == [aimed]


@pytest.mark.parametrize("text", [_STRIKES_AGAINST, _RELATIVE_AGAINST])
def test_switch_off_reads_no_object_after_against(offline_extract, monkeypatch, text):
    monkeypatch.setattr(roles_objects, "AGAINST_OBJECT", False)
    assert _targets(offline_extract(text))[:1] != [
        "مواقع لتنظيم داعش" if text is _STRIKES_AGAINST else "مخابئ لحزب العمال الكردستاني"]
