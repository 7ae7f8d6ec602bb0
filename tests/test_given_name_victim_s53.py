"""A person's full name right after a noun or verb of killing, with no title, is the target, pass 53
(``roles_targets.GIVEN_NAME_VICTIM``): "اغتيل سامي الكربولي في" -> "سامي الكربولي". A given name alone, or one
followed by a common word, gives none.

Sentences written for these tests (names, places and numbers are made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_targets

_READ = [
    ("وأعلنت الشرطة اغتيال سامي الكربولي في هجوم مسلح وسط مدينة الرمادي مساء الاثنين.", "سامي الكربولي"),
    ("اغتيل خالد عبد الرحيم الزوبعي برصاص مسلحين مجهولين أمام منزله في بغداد.", "خالد عبد الرحيم الزوبعي"),
]

_NONE = [
    "وأعلنت الشرطة اغتيال خالد مساء الاثنين في هجوم مسلح وسط مدينة الرمادي.",
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "victim"), _READ)
def test_a_full_name_after_a_killing_is_the_target(offline_extract, monkeypatch, on, text, victim):
    monkeypatch.setattr(roles_targets, "GIVEN_NAME_VICTIM", on)
    targets = [a.target for a in offline_extract(text).attacks]
    assert (victim in targets) == on


@pytest.mark.parametrize("text", _NONE)
def test_a_given_name_alone_is_no_target(offline_extract, text):
    for a in offline_extract(text).attacks:
        assert a.target != "خالد"
