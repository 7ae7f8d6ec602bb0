"""Where a sentence telling two strikes is cut, pass 42 (``frames.CARRIED_CLAUSE``): "كما" + a verb opening the next
strike's clause is the cut, so the first strike keeps the object its clause goes on to name ("شنت غارات في محيط
مدينة، دمرت X، كما شنت ...").

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import frames

_CARRIED = ("ذكر بيان للجيش أن الطائرات شنت تسع غارات في محيط مدينة الرقة، دمرت معسكرات تدريب ومخازن ذخيرة، "
            "كما شنت خمس غارات في محيط مدينة تدمر أصابت آليات ومدافع.")


def _targets(attacks) -> dict:
    return {a.location.name: a.target for a in attacks}


@pytest.mark.parametrize("on", [True, False])
def test_kama_starts_the_next_strike(offline_extract, monkeypatch, on):
    monkeypatch.setattr(frames, "CARRIED_CLAUSE", on)
    got = _targets(offline_extract(_CARRIED).attacks)
    if on:
        assert got == {"الرقة": "معسكرات تدريب ومخازن ذخيرة", "تدمر": None}
    else:
        assert got["تدمر"] == "معسكرات تدريب ومخازن ذخيرة"


def test_kama_far_from_the_event_word_cuts_nothing(offline_extract):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    text = "قصفت الطائرات مخازن قرب البلدة كما قالت مصادر محلية في المنطقة يوم الأحد إن غارات أصابت جسرا"
    ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-03-10"), get_gazetteer())
    s = ctx.sentences[0]
    i = next(x for x, w in enumerate(s.words) if w == "غارات")
    assert frames._carried_clause(s, 1, i) is None  # eight words between "كما" and the strike
    near = "ضربات قرب البلدة كما نفذت ثلاث ضربات قرب المدينة"
    ctx = build_context(Document(doc_id="t", title="", text=near, published="2019-03-10"), get_gazetteer())
    s = ctx.sentences[0]
    assert frames._carried_clause(s, 1, 6) == 3
