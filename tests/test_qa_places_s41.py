"""Forty-first pass, answers at archive scale: a town whose name ends in a long a is written with ا or with ة by
different papers, and a "where" question is answered by a sentence naming, after "في", a state or town only the
world gazetteer knows. Sentences written for these tests."""

from __future__ import annotations

from qa_claims import read_question

from marsad.agent.qa import domain, passages, places_told
from marsad.agent.qa.domain import constraints_of, span_fits, world_places
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon


def test_a_town_ending_in_a_long_a_is_named_by_either_spelling(monkeypatch):
    q = read_question("كم شخصا قتلوا عندما سقطت قذيفة على سوق بلدة أريحا شمال غرب سوريا؟")
    forms = {f for p in world_places(q) for f in p.ar}
    assert {"اريحا", "اريحه"} <= forms
    cons = constraints_of(q)
    other_spelling = "قتل 14 شخصا حين سقطت قذيفة على السوق الشعبي في بلدة أريحة صباح السبت."
    elsewhere = "قتل 14 شخصا حين سقطت قذيفة على السوق الشعبي في بلدة سراقب صباح السبت."
    assert span_fits(cons, other_spelling, other_spelling, "2016-04-02", "")
    assert not span_fits(cons, elsewhere, elsewhere, "2016-04-02", "")
    monkeypatch.setattr(domain, "FINAL_A", False)
    domain._world_places.cache_clear()
    try:
        assert not span_fits(constraints_of(q), other_spelling, other_spelling, "2016-04-02", "")
    finally:
        domain._world_places.cache_clear()


def test_the_other_spelling_is_read_only_for_a_final_long_a():
    assert domain._final_a("اريحا") == ("اريحه",)
    assert domain._final_a("كفرنبوده") == ("كفرنبودا",)
    assert domain._final_a("حماه") == ()
    assert domain._final_a("نواكشوط") == ()


def test_a_state_only_the_world_gazetteer_knows_tells_where(monkeypatch):
    q = read_question("في أي ولاية أمريكية أطلق مسلح النار في مدرسة بمدينة غريت ميلز؟")
    lex = get_lexicon()
    told = normalize("أطلق طالب النار في مدرسة ثانوية بمدينة غريت ميلز في مريلاند صباح الثلاثاء.")
    assert passages.tells_place(q, told, lex)
    # a common noun with the article after "في" is no place, and the question's own town is not news
    assert not passages.tells_place(q, normalize("أطلق طالب النار في الصباح في مدرسة بمدينة غريت ميلز."), lex)
    monkeypatch.setattr(places_told, "WORLD_PLACE", False)
    assert not passages.tells_place(q, told, lex)
