"""How Arabic news tells (or does not tell) an incident, on sentences written for these tests (session 8).

Cue words are whole words, never letters inside another word ("استعادة" -- recapture -- holds the letters of "عادة"
-- usually -- and is no habit); a telling with no place of its own goes on with the incident told last; a sports
story's "هجوم" and "قصف" are play, not violence; an attack told as history is kept, flagged as background.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline.scope import has_phrase, phrase_table, word_forms
from marsad.core.arabic import normalize, tokenize
from marsad.schemas import Document


@pytest.fixture(scope="module")
def x():
    return OfflineExtractor()


def _attacks(x, text, published="2018-07-20", title=""):
    return x.extract(Document(doc_id="t", text=text, title=title, published=published)).attacks


# --- 1. cue words are whole words ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "form"), [("وعادة", "عاده"), ("كالعادة", "عاده"), ("العادة", "عاده"),
                                            ("بالعادة", "عاده")])
def test_a_cue_word_is_read_behind_its_proclitics_and_article(word, form):
    assert form in word_forms(normalize(word))


@pytest.mark.parametrize("word", ["استعادة", "إعادة", "لاستعادة", "عادات"])
def test_a_cue_word_is_never_read_inside_another_word(word):
    assert "عاده" not in word_forms(normalize(word))


def test_a_phrase_matches_whole_tokens_in_order():
    table = phrase_table(frozenset({"عاده", "بين_الحين_والاخر", "بشكل_متكرر"}))
    assert has_phrase(tokenize("تقصف الطائرات المنطقة بين الحين والآخر"), 0, 99, table)
    assert has_phrase(tokenize("وتتعرض القرى للقصف بشكل متكرر"), 0, 99, table)
    assert not has_phrase(tokenize("تقصف الطائرات المنطقة بين الحين"), 0, 99, table)
    assert not has_phrase(tokenize("ساعد القصف على استعادة القرية"), 0, 99, table)
    # the phrase must stand inside the span asked about
    assert not has_phrase(tokenize("عادة ما تقصف الطائرات القرية"), 1, 99, table)


@pytest.mark.parametrize("text", [
    "قصفت طائرات التحالف مواقع للحوثيين في مديرية صرواح بمحافظة مأرب، ما ساعد المقاومة على استعادة عدد من المواقع.",
    "قصفت المدفعية التركية مواقع للمسلحين في بلدة عفرين السورية ضمن عملية لاستعادة المنطقة.",
])
def test_a_recapture_is_no_habit(x, text):
    found = _attacks(x, text)
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "وعادة ما تقصف طائرات التحالف مواقع الحوثيين في مأرب.",
    "وكالعادة قصفت الميليشيات الأحياء السكنية في تعز.",
    "وتقصف الطائرات قرى ريف إدلب بين الحين والآخر.",
])
def test_a_habit_told_with_its_word_is_no_incident(x, text):
    assert _attacks(x, text) == []


def test_a_telling_with_no_place_goes_on_with_the_incident_told_last(x):
    text = ("انفجرت سيارة مفخخة قرب مسجد في صنعاء أمس. وفي مأرب قصفت المقاتلات مواقع للحوثيين. "
            "وفي صنعاء أيضا انفجرت عبوة ناسفة قرب المسجد نفسه. "
            "وقالت مصادر في الشرطة إن الانفجار تسبب في مقتل خمسة أشخاص وإصابة سبعة آخرين.")
    found = {a.location.name if a.location else None: a for a in _attacks(x, text)}
    assert (found["صنعاء"].killed, found["صنعاء"].injured) == (5, 7)
    assert (found["مأرب"].killed, found["مأرب"].injured) == (None, None)
