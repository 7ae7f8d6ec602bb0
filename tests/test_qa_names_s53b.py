"""Pass 53 (qaenb53): English names Arabic news writes as words -- a first word + Allah ("Fazlullah" فضل الله) and a
common Arabic word after "al-" in a place's name ("Khaybar al-Janub" خيبر الجنوب). The sentences are written for these
tests."""

from marsad.agent.qa import translit
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import NameFinder, with_names

# (a small index vocabulary: the letter-by-letter readings the words would otherwise find)
_VOCAB = ["سيفعل", "خيبر", "جنوب", "جانب", "عبدالرحمن", "فضل", "سوات"]
_FREQ = {"سيفعل": 30, "خيبر": 5, "جنوب": 200, "جانب": 300, "عبدالرحمن": 40, "فضل": 60, "سوات": 4}


def _names(text: str) -> dict[str, tuple[str, ...]]:
    q = with_names(parse_question(text), NameFinder(_VOCAB, _FREQ))
    return {e.id: e.ar for e in q.names}


def test_a_name_with_allah_is_searched_as_its_words(monkeypatch):
    names = _names("What did the commander Saifullah say about the raid?")
    assert names["name:saifullah"] == ("سيف الله", "سيفالله")
    assert translit._compound_name("Fazlullah") == ("فضل الله", "فضلالله")
    assert translit._compound_name("Hakimullah") == ("حكيم الله", "حكيمالله")
    assert translit._compound_name("Jarallah") == ("جار الله", "جارالله")
    assert translit._compound_name("Abdullah") == ("عبد الله", "عبدالله")
    assert translit._compound_name("Allah") is None and translit._compound_name("Mullah") is None
    monkeypatch.setattr(translit, "THEOPHORIC", False)
    assert translit._compound_name("Fazlullah") is None
    names = _names("What did the commander Saifullah say about the raid?")
    assert names.get("name:saifullah") != ("سيف الله", "سيفالله")


def test_a_common_word_after_al_is_searched_as_the_word(monkeypatch):
    names = _names("How many shells fell on Khaybar al-Janub on Monday?")
    assert names["name:janub"] == ("جنوب",)
    # not after al-: read as a name, letter by letter
    assert "جانب" in _names("Who is Janub Qwerty?").get("name:janub", ())
    monkeypatch.setattr(translit, "AL_WORDS", False)
    assert "جانب" in _names("How many shells fell on Khaybar al-Janub on Monday?")["name:janub"]
