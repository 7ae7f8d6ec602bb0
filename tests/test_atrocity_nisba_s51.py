"""Pass 51: a state's adjective after a noun naming the violence as a massacre or a repression ("المجزرة الإسرائيلية"،
"قمع إسرائيلي") names the doer, as after "قصف" (``roles_forces.ATROCITY_NISBA``). The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_forces

MASSACRE = "وأدان البيان المجزرة الإسرائيلية التي راح ضحيتها 12 قتيلا من المتظاهرين على حدود قطاع غزة."
REPRESSION = "وتخلل التظاهرة عند السياج الحدودي قمع إسرائيلي أدى إلى مقتل خمسة فلسطينيين."


@pytest.mark.parametrize("text", [MASSACRE, REPRESSION])
def test_the_adjective_names_the_doer(frame_doers, text):
    assert "الجيش الإسرائيلي" in frame_doers(text)


@pytest.mark.parametrize("text", [MASSACRE, REPRESSION])
def test_switch(frame_doers, monkeypatch, text):
    monkeypatch.setattr(roles_forces, "ATROCITY_NISBA", False)
    assert "الجيش الإسرائيلي" not in frame_doers(text)
