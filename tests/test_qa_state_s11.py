"""An answer must not depend on the questions asked before it (one Answerer serves a whole chat or eval run)."""

from marsad.agent.qa.question import mentions
from marsad.core.lexicon import Entry


def _place(spelling: str) -> Entry:
    # a world place comes as one entry per spelling, all under the row's one id
    return Entry(kind="places", id="rg:ZZ0", canonical=spelling, name_en="Townville", ar=(spelling,), en=("Townville",),
                 data={})


def test_a_second_spelling_of_one_place_id_is_matched_by_its_own_pattern():
    first, second = _place("تاونفيل"), _place("طاونفيله")
    assert mentions(first, "انفجار في بلدة تاونفيل الحدودية")
    # asked after the first spelling was matched once, the second still finds its own text, not the first's
    assert mentions(second, "انفجار في بلدة طاونفيله الحدودية")
    assert not mentions(second, "انفجار في بلدة تاونفيل الحدودية")
