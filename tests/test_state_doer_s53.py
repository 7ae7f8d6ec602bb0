"""A state named as the doer of an attack noun's relative verb is stepped over, pass 53 (``roles_objects.STATE_DOER``):
"الغارات التي نفذتها تركيا على مواقع كردية" -> "مواقع كردية"; "ضربات منسقة نفذتها بريطانيا وفرنسا على أهداف
تابعة للنظام" -> "أهداف تابعة للنظام" (with ``ADJECTIVE_BEFORE_RELATIVE``, one adjective between the noun and its
relative verb).

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects

_CASES = [
    ("ودعت الخارجية إلى التهدئة إثر الغارات التي نفذتها تركيا على مواقع كردية شمال مدينة حلب.", "مواقع كردية"),
    ("وصدر البيان بعد ضربات منسقة نفذتها فرنسا والولايات المتحدة على مخازن تابعة للنظام السوري قرب مدينة حماة.",
     "مخازن تابعة للنظام السوري"),
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "aimed"), _CASES)
def test_a_state_doer_is_stepped_over(offline_extract, monkeypatch, on, text, aimed):
    monkeypatch.setattr(roles_objects, "STATE_DOER", on)
    (a,) = offline_extract(text).attacks
    assert (a.target == aimed) is on


def test_an_adjective_before_the_relative_verb(offline_extract, monkeypatch):
    text = "وجاء ذلك بعد هجوم مباغت شنه المسلحون على ناقلة نفط قرب ميناء عدن فجر الأحد."
    for on in (True, False):
        monkeypatch.setattr(roles_objects, "ADJECTIVE_BEFORE_RELATIVE", on)
        (a,) = offline_extract(text).attacks
        assert (a.target is not None and a.target.startswith("ناقلة نفط")) is on
