"""Session 26: a world town named by an everyday word is that word first, also when it would be read as a place of the
article's own country with the name as written (locations.EVERYDAY_FIRST).

"في كلمة أمام ..." (in a speech before ...) names a small foreign town "كلمة"; read as written it became a place of
the article's country and beat the town the attack was told at. (Dev-slice sample of 300 unlabelled attack articles:
two records change, "الصف" of "من الصف الأول" (the first rank) and "كلمة"; real-news tune and check unchanged.)
"""

from __future__ import annotations

from marsad.agent.offline import locations

TEXT = ("حمل الرئيس اللبناني حزبا معارضا مسؤولية تفجير موكب وزير الداخلية اللبناني في مدينة صيدا. واتهم الرئيس، "
        "في كلمة أمام الحكومة اللبنانية، الحزب بالتورط في محاولة اغتيال الوزير.")


def _names(offline_extract, text):
    return [a.location.name if a.location else None for a in offline_extract(text).attacks]


def test_a_speech_is_no_town(offline_extract):
    assert _names(offline_extract, TEXT) == ["صيدا"]


def test_the_switch_restores_the_old_reading(offline_extract, monkeypatch):
    monkeypatch.setattr(locations, "EVERYDAY_FIRST", False)
    assert _names(offline_extract, TEXT) == ["كلمة"]
