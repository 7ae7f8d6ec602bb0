"""World places and word matching of Arabic questions (session 15): sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.qa import domain, matching
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def _world(text, lexicon):
    return {e.name_en for e in domain.world_places(parse_question(text, lexicon))}


@pytest.mark.parametrize("on", [True, False])
def test_a_state_named_by_its_adjective_is_a_world_place(monkeypatch, lexicon, on):
    monkeypatch.setattr(domain, "NISBA_COUNTRIES", on)
    domain._world_places.cache_clear()
    assert ("Sweden" in _world("كم جريحا أصيب في انفجار عبوة قرب محطة القطار السويدية عام 2017؟", lexicon)) is on
    # an adjective that is also an ordinary word, and a state the lexicon knows, add nothing
    assert not _world("كم بلغت ميزانية وزارة المالية لعام 2016؟", lexicon)
    assert not _world("متى زار وزير الخارجية العراقية عمان؟", lexicon)


@pytest.mark.parametrize("on", [True, False])
def test_a_foreign_town_in_another_spelling_is_found(monkeypatch, lexicon, on):
    monkeypatch.setattr(domain, "FOREIGN_G", on)
    monkeypatch.setattr(domain, "NISBA_COUNTRIES", False)
    domain._world_places.cache_clear()
    for text in ("كم شخصا قتل في هجوم بسكين في مدينة بيرجن عام 2016؟", "من نفذ إطلاق النار في مدينة بيرغن؟"):
        assert ("Bergen" in _world(text, lexicon)) is on
    assert domain._skeleton("بيركن") == domain._skeleton("برغن")


@pytest.mark.parametrize("on", [True, False])
def test_a_place_adjective_leaves_no_fragment_to_match(monkeypatch, lexicon, on):
    monkeypatch.setattr(matching, "PLACE_ADJ_REST", on)
    q = parse_question("في أي بلدة باكستانية اعتقلت الشرطة ثلاثة مهربين عام 2015؟", lexicon)
    rest = matching.rest_terms(q, None)
    assert (not any("اكس" in t or "باكستان" in t for t in rest)) is on
    assert any(t.startswith("مهرب") for t in rest)


@pytest.mark.parametrize("on", [True, False])
def test_a_verb_matches_its_verbal_noun(monkeypatch, on):
    monkeypatch.setattr(matching, "ROOT_FORMS", on)
    assert matching.overlap(("هبط", "طاير"), {"هبوطها", "طايره"}) == (2 if on else 1)
    assert matching.overlap(("سقوط",), {"سقط"}) == (1 if on else 0)
    assert matching.overlap(("هبط",), {"هجوم"}) == 0
