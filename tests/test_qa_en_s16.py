"""English questions to the offline answerer (session 16): names found by transliteration whose "-ah" is a
ح or whose d is a ذ, names matched with the long vowels news adds, a country named by its cities, and
question words that are not the glossary concept they look like ("tried to" is no trial). Sentences are
our own."""

from __future__ import annotations

import pytest

from marsad.agent.qa import question_mentions, translit
from marsad.agent.qa.question import mentions, parse_question
from marsad.agent.qa.rules import qa_words
from marsad.agent.qa.translit import NameFinder, with_words
from marsad.core.lexicon import Entry, get_lexicon


@pytest.mark.parametrize("on", [True, False])
def test_ah_ending_may_be_a_ha(monkeypatch, on):
    monkeypatch.setattr(translit, "HA_ENDING", on)
    found = NameFinder(["فلاح", "بعقوب"]).find("Fallah")
    assert ("فلاح" in found) is on
    # ... and a ة the stemmer cut still comes first where the index has it
    assert NameFinder(["بعقوب", "باقبح"]).find("Baqubah")[0] == "بعقوب"


@pytest.mark.parametrize("on", [True, False])
def test_d_may_write_a_dhal(monkeypatch, on):
    monkeypatch.setattr(translit, "D_DHAL", on)
    assert ("قذاف" in NameFinder(["قذاف", "رصاص"]).find("Gaddafi")) is on


@pytest.mark.parametrize("on", [True, False])
def test_a_found_name_allows_long_vowels(monkeypatch, on):
    monkeypatch.setattr(question_mentions, "NAME_VOWELS", on)
    entry = Entry(kind="names", id=f"name:saidi-{on}", canonical="سعدي", name_en="Saidi", ar=("سعدي",), en=("Saidi",))
    assert mentions(entry, "وصل الساعدي إلى المحكمة صباح الأحد") is on


@pytest.mark.parametrize("on", [True, False])
def test_a_country_alone_is_named_by_its_cities(monkeypatch, on):
    monkeypatch.setattr(question_mentions, "COUNTRY_BY_PLACES", on)
    q = with_words(parse_question("How many people were hurt in the car bomb in Somalia last week?", get_lexicon()))
    somalia = next(e for e in q.places if e.id == "somalia")
    assert mentions(somalia, "أصيب سبعة أشخاص في انفجار سيارة مفخخة في مقديشو") is on
    # a question naming a finer place keeps the country as its context only
    q = with_words(parse_question("How many people were hurt in the car bomb in Mogadishu, Somalia?", get_lexicon()))
    somalia = next(e for e in q.places if e.id == "somalia")
    assert not somalia.get("by_places")


def test_tried_to_is_no_trial():
    lexicon = get_lexicon()
    q = parse_question("Which gang tried to smuggle weapons across the border?", lexicon)
    assert "trial" not in {c.id for c in q.concepts}
    q = parse_question("Which officer was tried for the killing of the protesters?", lexicon)
    assert "trial" in {c.id for c in q.concepts}
    assert "حاول" in qa_words()["tried"]


def test_a_cell_is_a_cell_concept():
    q = parse_question("Which group formed a cell in the border town?", get_lexicon())
    cell = next(c for c in q.concepts if c.id == "news_sleeper_cells")
    assert mentions(cell, "وكشفت الشرطة عن خلية تضم ستة أشخاص")
