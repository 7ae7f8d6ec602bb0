"""Session 15: English questions over the Arabic archive — gazetteer forms of a bare place name, capitalised
institutional words that are no names."""

from __future__ import annotations

import pytest

from marsad.agent.qa import translit
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import NameFinder, with_names, with_words

_VOCAB = ["حجه", "هجاء", "الجوف", "جاف", "صباح", "سباه", "قتل", "هجوم", "مجلس", "كونسيل"]
_FREQ = {"حجه": 40, "هجاء": 60, "الجوف": 90, "جاف": 120, "صباح": 900, "سباه": 3, "قتل": 5000, "هجوم": 4000,
         "مجلس": 3000, "كونسيل": 2}
# a toy gazetteer that, like GeoNames, keeps the article or the unit in the English name
_GAZ = {"al marwa": ("المروه",), "qasrin governorate": ("محافظه قصرين",)}


def _places(name):
    return _GAZ.get(name.lower(), ())


def _names(text, places=_places):
    q = with_names(with_words(parse_question(text)), NameFinder(_VOCAB, _FREQ), places)
    return {e.name_en: e.ar for e in q.names}


@pytest.mark.parametrize("on", [True, False])
def test_a_bare_place_name_finds_the_gazetteer_name_with_its_article_or_unit(monkeypatch, on):
    monkeypatch.setattr(translit, "ADMIN_FORMS", on)
    names = _names("How many people were killed in Marwa and Qasrin in 2016?")
    if on:
        assert "المروه" in names["Marwa"] and "قصرين" in names["Qasrin"]
        assert "محافظه قصرين" not in names["Qasrin"]  # the unit word is not the name
    else:
        assert "المروه" not in names.get("Marwa", ()) and "قصرين" not in names.get("Qasrin", ())


def test_the_bare_name_comes_first():
    assert translit._gazetteer_names("Marwa", lambda n: ("مروه",) if n == "Marwa" else _places(n)) == ("مروه",)


def test_capitalised_institutional_words_are_no_names_to_transliterate():
    q = with_words(parse_question("Who heads the Supreme Council of the First Brigade in Zindar?"))
    assert "council" not in q.uncovered and "first" not in q.uncovered and "brigade" not in q.uncovered
    names = _names("How many were killed near the Council in Zindar?")
    assert "Council" not in names


def test_everyday_question_words_are_said_in_arabic():
    q = with_words(parse_question("In which English town did government forces use a twin car bomb?"))
    assert not {"english", "forces", "twin"} & set(q.uncovered)
