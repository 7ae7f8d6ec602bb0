"""Pass 52 (qaen52): English questions at archive scale -- names inside a long intent cue are looked up, "ruling"
before a party or a name is the adjective, an s before b is said z ("-sbury"), and the OPCW is said by its
Arabic name."""

from marsad.agent.qa import question_entities, question_words, translit
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.question_entities import english_names
from marsad.agent.qa.translit import NameFinder, english_pattern
from marsad.core.lexicon import get_lexicon

# --- the capitalised words inside a long intent cue are not covered by it ------------------------------------------


def test_names_inside_a_long_cue_stay_uncovered(monkeypatch):
    text = "Who carried out the knife attack in Vrakmo that a Zelmanian court called the worst attack?"
    uncovered = question_words._uncovered_english(text, get_lexicon())
    assert {"vrakmo", "zelmanian"} <= set(uncovered)
    # the cue's own words and its ordinary words between stay covered
    assert not {"carried", "out", "called"} & set(uncovered)
    monkeypatch.setattr(question_words, "CUE_NAMES_UNCOVERED", False)
    uncovered = question_words._uncovered_english(text, get_lexicon())
    assert not {"vrakmo", "zelmanian"} & set(uncovered)


def test_a_short_cue_still_covers_its_words():
    # "which English city": a location cue of three words, its adjective no name to look up
    text = "In which English city was the officer poisoned?"
    assert "english" not in question_words._uncovered_english(text, get_lexicon())


# --- "ruling" before a governing body or a name is the adjective ----------------------------------------------------


def _ids(text: str) -> set[str]:
    return {e.id for e, _, _ in english_names(text, get_lexicon())}


def test_ruling_before_a_name_is_no_court_ruling(monkeypatch):
    assert "sentenced" not in _ids("Which ruling Zorva party deputy was wounded in the clash?")
    assert "sentenced" not in _ids("Which member of the ruling coalition was arrested?")
    # the noun keeps its sense
    assert "sentenced" in _ids("What was the ruling of the court on the two officers?")
    assert "sentenced" in _ids("Which court issued the ruling against the mayor?")
    monkeypatch.setattr(question_entities, "RULING_ADJECTIVE", False)
    assert "sentenced" in _ids("Which member of the ruling coalition was arrested?")


# --- an s before b is said z; the u of "-bury" may go unwritten ------------------------------------------------------


def test_s_before_b_may_be_written_z(monkeypatch):
    assert english_pattern("Kelsbury")[0].fullmatch("KLZBRY")
    finder = NameFinder(["كالزبري", "كاليسبور"], {"كالزبري": 30, "كاليسبور": 1})
    assert "كالزبري" in finder.find("Kalisbury")
    monkeypatch.setattr(translit, "VOICED_S", False)
    assert not english_pattern("Kelsbury")[0].fullmatch("KLZBRY")
    assert "كالزبري" not in NameFinder(["كالزبري", "كاليسبور"], {"كالزبري": 30, "كاليسبور": 1}).find("Kalisbury")


def test_no_voiced_guess_for_a_place_the_gazetteer_names(monkeypatch):
    from marsad.agent.qa.translit import with_names

    def places(name):
        return ("كالزبري",) if name == "Kalisbury" else ()

    finder = NameFinder(["كالزبري", "كالزبير", "كاليسبور"], {"كالزبري": 5, "كالزبير": 30, "كاليسبور": 1})
    q = with_names(parse_question("Where is the hospital of Kalisbury?"), finder, places)
    name = next(e for e in q.names if e.name_en == "Kalisbury")
    assert "كالزبير" not in name.get("spellings")
    q = with_names(parse_question("Where is the hospital of Kalisbury?"), finder)  # (the gazetteer lacks it)
    assert "كالزبير" in next(e for e in q.names if e.name_en == "Kalisbury").get("spellings")


def test_s_before_m_stays_s():
    # "Osman" عثمان: an s before m is not read as z
    assert not english_pattern("Osman")[0].fullmatch("ZMN")


# --- the OPCW is said by its Arabic name (glossary_words.json, search only) -----------------------------------------


def test_opcw_is_searched_by_its_arabic_name():
    from marsad.agent.qa.translit import with_words

    q = with_words(parse_question("What did the OPCW inspectors find in the town?"))
    # an actor of the registry since pass 66 (international bodies), a glossary concept before: either is searched
    assert any(e.canonical == "منظمة حظر الأسلحة الكيميائية" for e in q.concepts + q.actors)
    assert "opcw" not in q.uncovered


def test_a_ruling_dated_or_owned_is_the_court_ruling():
    # review52 M6: a day or month name after "ruling" is when it was given, and a possessive before it makes it the noun
    assert "sentenced" in _ids("What did the tribunal's ruling say about the two guards?")
    assert "sentenced" in _ids("In a ruling Tuesday, how many years did the judge give the colonel?")
    assert "sentenced" in _ids("What did the ruling in March order for the prisoners?")
    assert "sentenced" not in _ids("Which ruling Zorva party deputy was wounded in the clash?")
