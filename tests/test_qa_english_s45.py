"""Pass 45 (qa45): English questions the dev11 set showed unanswered.

* English "ck" is one k sound, written with one letter (:data:`marsad.agent.qa.translit.CK_ONE`).
* A stadium is as often "استاد"/"ستاد" as "ملعب" (glossary ``stadium``): a question naming one needs an article
  naming one (:func:`marsad.agent.qa.counts_asked.site_named`).
* The kind of a military unit ("Mechanized", "Armoured", "Infantry" Brigade) is a word the lexicon knows, not an
  unknown name that keeps the passage reader from the question (:func:`marsad.agent.qa.question.unmapped`).
* The doer a record claim states is found in a quote that writes it between quotation marks
  (:data:`marsad.agent.qa.compose.KEY_READ`; in a hashtag too with :data:`marsad.agent.qa.compose.KEY_HASHTAG`, off).
* A motive named as such ("دوافعه"، "بدافع") gives the reason a why-question asks (:data:`marsad.agent.qa.actions.MOTIVE_WORDS`).

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

import marsad.agent.qa.actions as actions
import marsad.agent.qa.compose as compose
import marsad.agent.qa.translit as translit
from marsad.agent.qa.counts_asked import site_named
from marsad.agent.qa.question import parse_question, unmapped
from marsad.agent.qa.translit import NameFinder, with_words
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon


def _q(text: str):
    return with_words(parse_question(text, get_lexicon()))


# -- "ck" --------------------------------------------------------------------------------------------------------

_VOCAB = ["روبك", "روبيك", "ربك", "ركك", "ربكك"]
_FREQ = {"روبك": 3, "روبيك": 2, "ربك": 40, "ركك": 9, "ربكك": 1}


def test_ck_is_one_k(monkeypatch):
    got = NameFinder(_VOCAB, _FREQ).find("Robeck")
    assert "روبك" in got and "روبيك" in got
    monkeypatch.setattr(translit, "CK_ONE", False)
    assert "روبك" not in NameFinder(_VOCAB, _FREQ).find("Robeck")


def test_a_c_and_a_k_apart_are_still_two_letters():
    # a name whose c and k stand apart ("Rakek") keeps both
    got = NameFinder(_VOCAB, _FREQ).find("Rakek")
    assert "ركك" in got and "روبك" not in got


# -- stadium -----------------------------------------------------------------------------------------------------

def test_stadium_is_named_by_its_loanword():
    q = _q("How many people died in the bombing at the stadium in Qandarak in 2016?")
    assert site_named(q, normalize("انفجرت عبوة عند بوابة الاستاد الرياضي في المدينة"))
    assert site_named(q, normalize("وقع الانفجار قرب ستاد المدينة"))
    assert not site_named(q, normalize("انفجرت عبوة قرب سوق المدينة المركزي"))


# -- unit kinds --------------------------------------------------------------------------------------------------

def test_unit_kinds_are_known_words():
    for kind in ("Mechanized", "Armoured", "Infantry"):
        q = _q(f"Who is the commander of the 41st {kind} Brigade in Marib?")
        assert kind.lower() not in q.uncovered and not unmapped(q), kind
    # a name the lexicon does not know still is one
    assert unmapped(_q("Who is the commander of the Zorbakian Brigade in Marib?"))


# -- a doer in a hashtag or in quotation marks ---------------------------------------------------------------------

def test_key_read_between_quotation_marks(monkeypatch):
    assert compose._key_in("حركة الشباب", 'وأعلنت حركة "الشباب" أنها نفذت الهجوم')
    assert compose._key_in("حركة الشباب", "وأعلنت حركة «الشباب» أنها نفذت الهجوم")
    assert not compose._key_in("حركة الشباب", "وأعلنت الشرطة أنها تلاحق المهاجمين")
    # a hashtag is read as words only with its own switch (off: it let a record's region answer "which village")
    assert not compose._key_in("حركة الشباب", "وتبنت #حركة_الشباب الهجوم على الثكنة")
    monkeypatch.setattr(compose, "KEY_HASHTAG", True)
    assert compose._key_in("حركة الشباب", "وتبنت #حركة_الشباب الهجوم على الثكنة")
    monkeypatch.setattr(compose, "KEY_READ", False)
    assert not compose._key_in("حركة الشباب", 'وأعلنت حركة "الشباب" أنها نفذت الهجوم')


# -- motive words -------------------------------------------------------------------------------------------------

def test_motive_named_gives_the_reason(monkeypatch):
    assert actions._gives_reason(normalize("وتبين للمحققين أن دوافعه مالية"))
    assert actions._gives_reason(normalize("أطلق النار على جاره بدافع الثأر"))
    assert actions._gives_reason(normalize("ولم يعرف الدافع وراء الحادث"))
    # the bare singular is the verb "defended"
    assert not actions._gives_reason(normalize("دافع الوزير عن قرار الحكومة"))
    monkeypatch.setattr(actions, "MOTIVE_WORDS", False)
    assert not actions._gives_reason(normalize("وتبين للمحققين أن دوافعه مالية"))
