"""Session 29 toll rules, on sentences written for the tests: a country's nisba describing the body that speaks in
the sentence after an incident names no place of its own, so that sentence may still tell the incident's toll."""

from __future__ import annotations

from marsad.agent.offline import OfflineExtractor, casualties_frame
from marsad.schemas import Document

_EX = OfflineExtractor()


def _tolls(text: str) -> list[tuple]:
    r = _EX.extract(Document(doc_id="t", title=None, text=text, published="2019-03-10"))
    return [(a.killed, a.injured) for a in r.attacks]


ESCAPE = "نجا نائب في البرلمان من تفجير استهدف موكبه في مدينة صيدا.\n"


def test_nisba_of_the_speaker_is_no_place_of_the_next_sentence():
    text = ESCAPE + "وحملت الرئاسة اللبنانية جماعة مسلحة مسؤولية التفجير الذي أدى لإصابة 7 أشخاص بجروح."
    assert _tolls(text) == [(None, 7)]


def test_nisba_after_a_ministry():
    text = ESCAPE + "وقالت وزارة الصحة اللبنانية إن 4 أشخاص أصيبوا بجروح."
    assert _tolls(text) == [(None, 4)]


def test_switch_off_keeps_the_nisba_a_place(monkeypatch):
    monkeypatch.setattr(casualties_frame, "NEXT_NISBA", False)
    text = ESCAPE + "وحملت الرئاسة اللبنانية جماعة مسلحة مسؤولية التفجير الذي أدى لإصابة 7 أشخاص بجروح."
    assert (None, 7) not in _tolls(text)


def test_own_places_reader():
    from marsad.agent.offline.context import build_context

    ctx = build_context(Document(doc_id="t", title=None, published="2019-03-10",
                                 text="وقالت الرئاسة اللبنانية إن اثنين أصيبا في لبنان."), _EX._gazetteer)
    words = ctx.sentences[0].words
    assert [words[m.i] for m in casualties_frame._own_places(ctx, 0)] == ["لبنان"]
