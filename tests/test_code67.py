"""code67: the extractor's hot paths skip work that cannot change their answer; one helper where a reader's idiom
was written again and again; one place for the علي/على spelling; the UI's waits in the configuration.

Sentences written for these tests in the style of the news; none is taken from an article.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def _context(text: str):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    return build_context(Document(doc_id="t", title="", text=text, published="2019-05-02"), get_gazetteer())


@pytest.mark.parametrize("text", [
    "قصفت", "الهجوم", "مدينة", "أعلن", "إلى", "على", "عَلَى", "مؤسسة", "الاثنين", "١٢", "12", "  ", "a  b", "Baghdad",
    "ﻻ", "سيارة مفخخة", "",
])
def test_is_normal_is_normalize_unchanged(text):
    from marsad.core.arabic import is_normal, normalize

    assert is_normal(text) is (normalize(text) == text)


@pytest.mark.parametrize("text", ["﴾", "﴿يهدي", "﴾ 12 ﴿"])
def test_is_normal_is_one_way(text):
    """A compatibility-block character NFKC keeps (ornate parentheses) is unchanged by normalize, yet is_normal
    says False: the docstring promises only that True means unchanged (the caller normalises on False)."""
    from marsad.core.arabic import is_normal, normalize

    assert normalize(text) == text
    assert is_normal(text) is False


def test_a_new_clean_word_is_not_normalised_to_ask_for_a_province(monkeypatch):
    """Before: every new word of the corpus was normalised reading by reading (and a reading looked up) to learn
    whether "محافظه <reading>" names a province somewhere; the provinces' spellings are now read once, and a clean
    word is one set test."""
    from marsad.agent.offline import mentions
    from marsad.agent.offline.mentions import get_gazetteer

    gaz = get_gazetteer()
    if gaz.world is None:
        pytest.skip("no world gazetteer")
    gaz._can_start("وتمهيداتهما", "main")  # (the spellings are read on first use)
    asked: list[str] = []
    real = mentions.normalize
    monkeypatch.setattr(mentions, "normalize", lambda text, **kw: asked.append(text) or real(text, **kw))
    word = "وتزقزقاتهما"  # no reading of it is a province's name
    gaz._active["main"].pop(word, None)
    assert not gaz._can_start(word, "main")
    assert asked == []


def test_a_province_is_known_by_its_bare_name_as_before():
    """The answer is the one :meth:`_unit_named` gives reading by reading, for the unit's second words with and
    without clitics and for other words."""
    from marsad.agent.offline.mentions import _variants, get_gazetteer

    gaz = get_gazetteer()
    if gaz.world is None:
        pytest.skip("no world gazetteer")
    seconds = sorted(gaz.world.seconds("محافظه"))[:40]
    words = [*seconds, *("و" + w for w in seconds), *("بال" + w[2:] for w in seconds if w.startswith("ال")),
             *("لل" + w[2:] for w in seconds if w.startswith("ال")), "مبارياتهم", "الاجتماع", "قصف", "ال", "عَلَى"]
    for word in words:
        old = any(gaz._unit_named(form, None, any_country=True) is not None for form, _ in _variants(word))
        assert gaz._unit_begins(word) is old, word


def test_a_sentence_with_no_intercepting_verb_is_not_read_word_by_word(monkeypatch):
    """Before: the interception reader tested every word of every sentence with no event word against its verbs."""
    from marsad.agent.offline import frames

    monkeypatch.setattr(frames, "bare_flags", lambda vocab: pytest.fail("read word by word"))
    assert frames._intercepted(["وقال", "المتحدث", "إن", "الاجتماع", "بحث", "سبل", "التعاون"]) is None


def test_an_interception_is_read_as_before():
    from marsad.agent.offline import frames

    assert frames._intercepted(["واعترضت", "الدفاعات", "الجوية", "صاروخا", "فوق", "المدينة"]) == 0


def test_a_sentence_with_no_event_word_is_not_asked_whether_it_tells_a_non_incident(monkeypatch):
    """Before: every sentence was tested for a death benefit, a commemoration, an accident, a film's plot ... even when
    it held no event word (most sentences), whose answer changes nothing."""
    from marsad.agent.offline import attacks_events

    asked: list[list[str]] = []
    real = attacks_events.is_non_incident
    monkeypatch.setattr(attacks_events, "is_non_incident", lambda words: asked.append(words) or real(words))
    ctx = _context("التقى وزير الخارجية نظيره في العاصمة أمس. وبحث الجانبان سبل تعزيز التعاون.")
    attacks_events._events(ctx, [])
    assert asked == []


def test_a_sentence_of_an_accident_is_still_no_incident():
    """A sentence with an event word is still asked: a road accident's dead are no attack."""
    from marsad.agent.offline import attacks_events

    ctx = _context("قتل ثلاثة عمال في حادث سير على الطريق الدولي أمس.")
    assert attacks_events._events(ctx, []) == []


@pytest.mark.parametrize("dated, x, end, found", [
    ({3, 4}, 3, 10, 5),  # past the day's two words
    ({3, 4}, 2, 10, 2),  # no date word here
    ({3, 4}, 3, 4, 4),  # no further than the end
    (set(), 7, 5, 7),  # at or past the end: as given
])
def test_past_dates(dated, x, end, found):
    from marsad.agent.offline.context import past_dates

    assert past_dates(dated, x, end) == found


@pytest.mark.parametrize("written, on", [
    ("على", True), ("علي", False), ("عَلَى", True), ("عَلِيّ", False), ("", False),
])
def test_written_as_on(written, on):
    from marsad.core.arabic import written_as_on

    assert written_as_on(written) is on


def test_the_offices_reader_and_the_names_reader_tell_ali_alike():
    """One spelling rule for both: the given name written with its marks ("عَلِيّ بن ...") is the name for the offices
    reader too (before, it took only the bare spelling "علي"); the preposition with its marks is none for either."""
    from marsad.agent.offline.actors_names import _vocabulary_word
    from marsad.agent.qa.appositions import _tokens
    from marsad.agent.qa.offices import _ali

    assert _ali(_tokens("عَلِيّ بن سالم"), 0)
    assert not _ali(_tokens("عَلَى بن سالم"), 0)
    assert _vocabulary_word("علي", "عَلَى") and not _vocabulary_word("علي", "عَلِيّ")


def test_the_ui_waits_live_in_the_configuration():
    from marsad.core import config
    from marsad.ui import app, ingest

    assert not hasattr(ingest, "INGEST_WAIT_SECONDS") and not hasattr(app, "PAGE_WAIT_S")
    guard = app.AuthGuard("analyst", "secret")
    assert (guard.base, guard.cap) == (config.AUTH_WAIT_SECONDS, config.AUTH_WAIT_CAP_SECONDS)
    assert config.INGEST_WAIT_SECONDS > 0 and config.PAGE_WAIT_SECONDS > 0


def test_ui_auth_help_is_built_from_the_waits():
    """The `ui_auth` help states the waits config.py sets (it hardcoded "0.5 s doubling to 8 s" beside them)."""
    from marsad.core import config

    help_text = next(o.help for o in config.OPTIONS if o.field == "ui_auth")
    assert f"{config.AUTH_WAIT_SECONDS:g} s doubling to {config.AUTH_WAIT_CAP_SECONDS:g} s" in help_text
    src = Path(config.__file__).read_text(encoding="utf-8")
    assert "0.5 s doubling" not in src  # the figures are not written twice


def test_translate_timeout_and_kept_exports_are_configuration():
    """index/translate's LLM wait and the app's kept download folders live in marsad.core.config."""
    from marsad.core import config
    from marsad.index import translate

    assert config.TRANSLATE_TIMEOUT_SECONDS > 0 and config.EXPORTS_KEPT > 0
    assert not hasattr(translate, "_TIMEOUT")
