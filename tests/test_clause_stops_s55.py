"""A word that opens a clause of its own ends the object read as the target, pass 55
(``roles_objects.CLAUSE_WORD_ENDS_OBJECT``): "حاجز للشرطة يبعد 20 كيلومترا" -> "حاجز للشرطة"; "مواقع الجيش انطلاقا من"
-> "مواقع الجيش"; "الرياض وقال إنه" -> "الرياض".

Sentences written for these tests (places, names and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects

_READ = [
    ("فجر انتحاري شاحنة مفخخة عند حاجز للشرطة يبعد 20 كيلومترا عن مدينة بيدوا صباح الثلاثاء.", "حاجز للشرطة"),
    ("قصفت طائرات حربية مواقع الجيش النظامي انطلاقا من الأجواء المجاورة فجر الخميس.", "مواقع الجيش النظامي"),
    ("وعرض الناطق بقايا صاروخ أطلقه المتمردون على مدينة جدة وقال إنه من صنع خارجي.", "مدينة جدة"),
    ("أطلق قناص النار على الطفل سامر عندما كان يلعب أمام منزله في حي الروضة مساء الجمعة.", "الطفل سامر"),
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "target"), _READ)
def test_a_clause_word_ends_the_target(offline_extract, monkeypatch, on, text, target):
    monkeypatch.setattr(roles_objects, "CLAUSE_WORD_ENDS_OBJECT", on)
    targets = [a.target for a in offline_extract(text).attacks]
    if on:
        assert target in targets
    else:
        assert target not in targets


def test_the_object_before_the_clause_word_is_kept_whole(offline_extract):
    text = "شنت طائرات حربية فجر السبت غارات على مخازن أسلحة وتجمعات للمسلحين بينما كانوا يستعدون لمهاجمة البلدة."
    targets = [a.target for a in offline_extract(text).attacks]
    assert "مخازن أسلحة وتجمعات للمسلحين" in targets
