"""A name's first h is a consonant written ح/ه, never after an alif or ain (NameFinder.find)."""

from marsad.agent.qa import translit
from marsad.agent.qa.translit import NameFinder


def _finder():
    # the common word (أهم, "most important") is far commoner than the place name (حام)
    vocab = ["اهم", "حام", "همي", "حلب"]
    return NameFinder(vocab, {"اهم": 5000, "حام": 3, "همي": 2, "حلب": 900})


def test_an_h_initial_name_is_not_a_word_opening_with_alif():
    found = _finder().find("Ham")
    assert "اهم" not in found
    assert found[0] == "حام"


def test_switched_off_the_alif_word_is_a_candidate(monkeypatch):
    monkeypatch.setattr(translit, "H_CONSONANT", False)
    assert "اهم" in _finder().find("Ham")


def test_a_vowel_initial_name_still_takes_the_alif_spelling():
    finder = NameFinder(["امر", "عمر", "مرر"], {"امر": 4000, "عمر": 600, "مرر": 10})
    assert set(finder.find("Omar")) & {"امر", "عمر"}
