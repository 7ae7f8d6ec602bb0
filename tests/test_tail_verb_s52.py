"""A verb after the object ends it, pass 52 (``roles_objects.TAIL_VERB_ENDS_OBJECT``): "طبيب يعمل في ..." -> "طبيب",
"غارات على محافظة صعدة شملت ..." -> "محافظة صعدة" (``object_tail_verbs``: كان، شملت، يعمل، كبدتهم ...).

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects

_CASES = [
    ("وأطلق مسلحون النار على طبيب يعمل في مستشفى الجمهوري في مدينة عدن، ما أدى إلى مقتله.", "طبيب", "طبيب يعمل"),
    ("وشنت الطائرات الحربية سلسلة غارات على محافظة صعدة شملت مديريتي باقم وغمر، وأسفرت عن تدمير عربات ومقتل من "
     "كانوا بداخلها.", "محافظة صعدة", "محافظة صعدة شملت مديريتي باقم وغمر"),
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "cut", "whole"), _CASES)
def test_a_tail_verb_ends_the_object(offline_extract, monkeypatch, on, text, cut, whole):
    monkeypatch.setattr(roles_objects, "TAIL_VERB_ENDS_OBJECT", on)
    (a,) = offline_extract(text).attacks
    assert a.target == (cut if on else whole)
