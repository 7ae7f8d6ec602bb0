"""code68: a sentence's word forms gathered once and tested as a set; glued event words in one table; the readers'
day and time words beside the date reader; errors in marsad/core/errors; UI and LLM constants in the configuration.

Sentences written for these tests in the style of the news; none is taken from an article.
"""

from __future__ import annotations

import pytest


def _context(text: str):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    return build_context(Document(doc_id="t", title="", text=text, published="2019-05-02"), get_gazetteer())


_TEXT = ("قصفت طائرات حربية مواقع للمسلحين في بلدة قرب الحدود، وقال مصدر أمني إن ثلاثة مدنيين قتلوا. "
         "وحلقت المقاتلات فوق المدينة مساء الخميس. واعترضت الدفاعات الجوية طائرة مسيرة، ثم ألقت طائرات براميل على الحي.")


def test_forms_of_is_every_word_and_its_bare_forms_once():
    from marsad.agent.offline.context import bare, forms_of

    ctx = _context(_TEXT)
    for s in ctx.sentences:
        forms = forms_of(s)
        assert forms == frozenset(b for w in s.words for b in bare(w))
        assert forms_of(s) is forms  # gathered once per sentence


@pytest.mark.parametrize("vocab", [frozenset({"طايرات", "حربيه"}), frozenset({"قصف"}), frozenset({"براميل", "الحي"}),
                                   frozenset({"لا_شيء"}), frozenset()])
def test_one_set_test_answers_as_the_word_by_word_scan(vocab):
    from marsad.agent.offline.context import bare_in, forms_of

    for s in _context(_TEXT).sentences:
        assert (not vocab.isdisjoint(forms_of(s))) is any(bare_in(w, vocab) for w in s.words)


def _glued_by_heads(word: str) -> str | None:
    """The glued-word test as it was written before code68 (the loop over the heads)."""
    from marsad.agent.offline.context import bare
    from marsad.agent.offline.frames_readers import _GLUED_HEADS, _GLUED_TAILS

    for b in bare(word):
        for head, kind in _GLUED_HEADS.items():
            if len(b) > len(head) and b.startswith(head) and b[len(head):] in _GLUED_TAILS:
                return kind
    return None


def test_glued_event_words_are_read_from_one_table_as_before():
    from marsad.agent.offline.frames import _glued
    from marsad.agent.offline.frames_readers import _GLUED_HEADS, _GLUED_TAILS

    words = [h + t for h in _GLUED_HEADS for t in _GLUED_TAILS]
    words += [c + w for c in ("و", "ب", "وب", "ف", "ل") for w in words[:40]]
    words += ["انفجار", "الانفجار", "بانفجار", "هجومين", "قصفت", "الاشتباكات", "والمحافظات", "عبوهناسفه", "غارهجويه"]
    for w in words:
        assert _glued.__wrapped__(w) == _glued_by_heads(w), w
    assert any(_glued.__wrapped__(w) for w in words)


def test_a_sentence_of_no_aircraft_is_not_scanned_for_drops(monkeypatch):
    from marsad.agent.offline import frames

    def _no_scan(words):
        raise AssertionError("scanned for a dropped load")

    monkeypatch.setattr(frames, "_dropped_load", _no_scan)
    ctx = _context("قتل ثلاثة مدنيين في انفجار عبوة ناسفة ثم ألقت الشرطة القبض على مشتبه به.")
    assert frames.find_frames(ctx, 0)


def test_aircraft_flight_reads_as_before():
    from marsad.agent.offline import frames

    flown = ["حلقت طائرات حربية فوق البلدة لساعات.", "اعترض الطيران الحربي طائرتين مدنيتين."]
    struck = ["حلقت طائرات حربية فوق البلدة وألقت صواريخ على سوقها.", "رصدت طائرات حربية تجمعا للمسلحين ثم استهدفته."]
    assert all(frames.find_frames(_context(t), 0) == [] for t in flown)
    assert all([f.concepts for f in frames.find_frames(_context(t), 0)] == [["airstrike"]] for t in struck)


def test_the_day_words_live_beside_the_date_reader():
    from marsad.agent import dates
    from marsad.agent.offline import (
        actors_titles,
        casualties_counts,
        casualties_subjects,
        frames,
        frames_readers,
        roles_cues,
        roles_grammar,
        roles_objects,
        scope,
        scope_totals,
    )
    from marsad.core.calendar_words import WEEKDAYS

    assert frozenset(WEEKDAYS) == dates.DAY_NAMES
    assert dates.TOLD_DAY_WORDS == dates.RELATIVE_DAYS | dates.DAY_NAMES
    assert roles_objects._DEMONSTRATIVE_TIMES is dates.DEMONSTRATIVE_TIME_NOUNS
    assert {"المره", "الفتره", "الايام", "اللحظه"} <= dates.DEMONSTRATIVE_TIME_NOUNS
    for words in (roles_grammar._MEANS_SKIP, roles_cues._DAWN_DAYS, frames_readers.INSERTED_DAY_WORDS,
                  scope_totals._SINCE_TODAY, frames._WHEN_WORDS, casualties_counts._DAY_WORDS, actors_titles._ROLE_TIME,
                  casualties_subjects._WAS_PASSIVE_MORE):
        assert words >= dates.DAY_NAMES
    assert frames._INSERTED_DAY is frames_readers.INSERTED_DAY_WORDS
    assert scope._names_day(["وقال", "المصدر", "امس"]) and scope._names_day(["وفي", "والخميس"])
    assert not scope._names_day(["وقال", "المصدر", "الاحداث"])


@pytest.mark.parametrize("family, key", [("roles", "demonstrative_time_nouns"), ("scope", "day_words")])
def test_the_rules_data_no_longer_lists_the_shared_day_words(family, key):
    from marsad.agent.offline import rules
    from marsad.core.errors import ConfigError

    with pytest.raises(ConfigError):
        rules.words(family, key)


def test_a_demonstrative_time_is_no_object():
    from marsad.agent.offline import OfflineExtractor
    from marsad.schemas import Document

    text = "قصفت الطائرات الحربية هذه المرة مواقع للمسلحين في ريف المدينة، وقتل خمسة منهم."
    recs = OfflineExtractor().extract(Document(doc_id="t", title="", text=text, published="2019-05-02"))
    assert recs.attacks and all("المرة" not in (a.target or "") for a in recs.attacks)


def test_errors_are_defined_in_core_errors():
    from marsad.agent.llm import breaker, retry
    from marsad.core import errors, llm_retry
    from marsad.evals import baseline

    assert retry.FatalLLMError is errors.FatalLLMError
    assert breaker.CircuitOpenError is errors.CircuitOpenError and errors.CircuitOpenError.exit_code == 3
    assert llm_retry.RetryableStatus is errors.RetryableStatus
    assert baseline.BaselineLowered is errors.BaselineLowered
    for cls in (errors.FatalLLMError, errors.CircuitOpenError, errors.RetryableStatus, errors.DuplicateKeyError,
                errors.BaselineLowered):
        assert cls.__module__ == "marsad.core.errors.base"


def test_a_repeated_key_of_rule_data_is_told(tmp_path):
    from marsad.agent.offline import rules
    from marsad.core.errors import ConfigError

    (tmp_path / "fam.json").write_text('{"a": ["x"], "a": ["y"]}', encoding="utf-8")
    with pytest.raises(ConfigError, match="'a'"):
        rules.load("fam", tmp_path)


def test_ui_and_llm_constants_are_configuration():
    from marsad.agent.llm import breaker, retry
    from marsad.core import config
    from marsad.ui import uploads

    assert config.UI_HOST == "127.0.0.1" and config.UI_EXTRACT_LIMIT == 500
    assert config.UI_TABLE_ROWS == 500 and config.UI_DOC_CHOICES == 2000
    assert uploads.MAX_UPLOAD_BYTES == config.MAX_UPLOAD_BYTES == 20 * 1024 * 1024
    assert config.MAX_UPLOAD_FILES == 200
    assert retry.DEFAULT_OPENAI_URL == config.OPENAI_URL == "https://api.openai.com/v1"
    assert breaker.DEFAULT_LIMIT == config.LLM_BREAKER_LIMIT == config.Settings().llm_breaker == 5
    assert not hasattr(__import__("marsad.ui.app", fromlist=["x"]), "EXTRACT_LIMIT")
