"""Pass 44: a dual strike noun ("غارتين"، "ضربتين") takes what follows "على" as its object, as the singular and
plural do (``object_prepositions_after``)."""

from __future__ import annotations

import pytest


def _targets(offline_extract, text):
    return [a.target for a in offline_extract(text).attacks]


@pytest.mark.parametrize(("text", "target"), [
    ("شنت مقاتلات التحالف غارتين على مواقع الحوثيين في محافظة صعدة.", "مواقع الحوثيين"),
    ("نفذت طائرات حربية ضربتين جويتين على معسكر للمسلحين قرب مدينة درنة.", "معسكر للمسلحين"),
])
def test_dual_strikes_take_their_object(offline_extract, text, target):
    assert _targets(offline_extract, text) == [target]


def test_dual_without_on_has_no_object(offline_extract):
    # negative: no "على" after the dual, so no object is read from it
    text = "شنت مقاتلات التحالف غارتين في محافظة صعدة أمس."
    assert _targets(offline_extract, text) in ([None], [])
