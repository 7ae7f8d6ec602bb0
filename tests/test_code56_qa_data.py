"""Pass 56 (code56): the answerer's own words (``qa_names.json``, the English question words ``qa_words.json``) live in
``agent/qa/data/``, read by :mod:`marsad.agent.qa.rules`, outside the offline extractor's version hash: a QA word
change no longer makes `marsad extract` re-extract everything, while a rule word change still does."""

from __future__ import annotations

import json
import shutil

import pytest

from marsad.agent.offline import extractor_version
from marsad.agent.offline import rules as offline_rules
from marsad.agent.qa import rules as qa_rules
from marsad.core.errors import ConfigError

_CACHED = (offline_rules.load, offline_rules.words, offline_rules.phrases, offline_rules.sequence,
           offline_rules.rules_digest)


@pytest.fixture
def copies(tmp_path, monkeypatch):
    """The offline code and data, and the answerer's data, copied to tmp_path; both loaders pointed at the copies."""
    offline = tmp_path / "offline"
    shutil.copytree(offline_rules._CODE_DIR, offline, ignore=shutil.ignore_patterns("__pycache__"))
    qa = tmp_path / "qa_data"
    if qa_rules.DATA_DIR == offline_rules.DATA_DIR:  # (the answerer's words among the rules' data: the old layout)
        qa = offline / "data"
    else:
        shutil.copytree(qa_rules.DATA_DIR, qa)
    monkeypatch.setattr(offline_rules, "_CODE_DIR", offline)
    monkeypatch.setattr(offline_rules, "DATA_DIR", offline / "data")
    monkeypatch.setattr(qa_rules, "DATA_DIR", qa)
    for fn in _CACHED:
        fn.cache_clear()
    yield offline / "data", qa
    for fn in _CACHED:
        fn.cache_clear()


def _add(path, key, word):
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data[key], dict):
        data[key][word] = "كلمة"
    else:
        data[key].append(word)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for fn in _CACHED:
        fn.cache_clear()


def test_a_qa_word_change_keeps_the_extractor_version(copies):
    rules_data, qa_data = copies
    before = extractor_version()
    _add(qa_data / "qa_names.json", "title_not_name", "بنفسه")
    assert "بنفسه" in qa_rules.words("qa_names", "title_not_name")  # the answerer reads the change ...
    _add(qa_data / "qa_words.json", "qa_words", "zeppelin")
    assert "zeppelin" in qa_rules.qa_words()
    assert extractor_version() == before  # ... the extractor's version does not move
    _add(rules_data / "vocab.json", "killed", "نحر")
    assert extractor_version() != before  # a word the rules read still does


def test_the_answerers_data_is_its_own():
    assert not list(offline_rules.DATA_DIR.glob("qa_*.json"))
    assert "qa_words" not in offline_rules.load("english") and "qa_news_words" not in offline_rules.load("english")
    assert qa_rules.words("qa_names", "everyday_nisba") and qa_rules.qa_words()["expel"] == ("طرد",)
    with pytest.raises(ConfigError, match=r"qa_names\.json: key 'nothing' is missing"):
        qa_rules.words("qa_names", "nothing")
