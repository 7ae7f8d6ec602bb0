"""perf56: speed-only tables give the answers the plain readers give (sentences written for the test)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import context, frames, scope
from marsad.agent.offline.context import bare_flags, bare_in
from marsad.core.arabic import normalize

_SENTENCES = [
    "ذبح الأهالي أغنامهم في عيد الأضحى",
    "اشترى التاجر الخراف ثم ذبحها",
    "ذبحوه كالشاة أمام أهله",
    "اعترضت الدفاعات الجوية صاروخا باليستيا في سماء المدينة",
    "اعترضت الدفاعات الجوية الصاروخ الذي أطلق أمس",
    "وقتل ثلاثة أشخاص في انفجار عبوة ناسفة بالسوق",
    "وللمرة الأولى كاملا",
]


def _words(text: str) -> list[str]:
    return normalize(text).split()


@pytest.mark.parametrize("vocab", [scope._SLAUGHTER, scope._LIVESTOCK, frames._INTERCEPT_VERBS])
def test_bare_flags_is_bare_in(vocab):
    for text in _SENTENCES:
        for w in _words(text):
            assert bare_flags(vocab)(w) == bare_in(w, vocab)
    as_set = set(vocab)  # a set (unhashable): read word by word
    assert [bare_flags(as_set)(w) for w in _words(_SENTENCES[0])] == [bare_in(w, vocab) for w in _words(_SENTENCES[0])]


def test_readers_same_with_switch_off(monkeypatch):
    on = [(scope.livestock_slaughter(_words(t)), frames._intercepted(_words(t))) for t in _SENTENCES]
    monkeypatch.setattr(context, "BARE_FLAGS", False)
    off = [(scope.livestock_slaughter(_words(t)), frames._intercepted(_words(t))) for t in _SENTENCES]
    assert on == off
    assert on[0][0] and on[1][0] and not on[2][0]  # butchery twice; "كالشاة": a man killed
    assert on[3][1] == 0 and on[4][1] is None  # an indefinite missile intercepted; a definite one is a retelling
