"""The offline rules' words as data: the loader, its errors, and the version hash."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from marsad.agent.offline import rules
from marsad.core.arabic import CLITICS, clitic_variants, normalize
from marsad.core.errors import ConfigError

CODE = Path(rules.__file__).parent


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """The rule data and code copied to tmp_path, the loader pointed at the copy, caches cleared."""
    code = tmp_path / "offline"
    shutil.copytree(CODE, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(rules, "DATA_DIR", code / "data")
    monkeypatch.setattr(rules, "_CODE_DIR", code)
    for fn in (rules.load, rules.words, rules.phrases, rules.sequence, rules.rules_digest):
        fn.cache_clear()
    yield code / "data"
    for fn in (rules.load, rules.words, rules.phrases, rules.sequence, rules.rules_digest):
        fn.cache_clear()


def test_every_data_file_is_an_object_of_well_formed_entries():
    files = sorted(rules.DATA_DIR.glob("*.json"))
    assert len(files) >= 10
    for path in files:
        family = path.stem
        for key, value in rules.load(family).items():
            if isinstance(value, dict):
                rules.table(family, key)
            elif isinstance(value, (int, float)):
                rules.number(family, key)
            else:
                rules.sequence(family, key)


def test_every_key_is_read_by_the_rule_code():
    # (the answerer's modules read some keys too, and its own words in agent/qa/data: marsad.agent.qa.rules)
    from marsad.agent.qa import rules as qa_rules

    code = "\n".join(p.read_text(encoding="utf-8") for p in [*CODE.glob("*.py"), *(CODE.parent / "qa").glob("*.py")])
    used = set(re.findall(r'(?<![\w.])(?:rules\.)?(?:words|phrases|table|sequence|number)\("(\w+)", "(\w+)"\)', code))
    folders = (rules.DATA_DIR, qa_rules.DATA_DIR)
    present = {(p.stem, k) for d in folders for p in d.glob("*.json")
               for k in json.loads(p.read_text(encoding="utf-8"))}
    assert present == used
    offline, qa = ({p.stem for p in d.glob("*.json")} for d in folders)
    assert qa and not offline & qa  # a family lives in one folder


def test_words_are_normalised_as_written():
    killed = rules.words("vocab", "killed")
    assert normalize("استشهاد") in killed and all(w == normalize(w) for w in killed)


def test_a_bad_entry_names_the_file_and_key(data_copy):
    path = data_copy / "vocab.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["killed"] = ["قتل", 3]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"vocab\.json: key 'killed' must be a list of non-empty strings"):
        rules.words("vocab", "killed")
    with pytest.raises(ConfigError, match=r"vocab\.json: key 'nothing' is missing"):
        rules.words("vocab", "nothing")
    (data_copy / "frames.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"frames\.json is not valid JSON"):
        rules.load("frames")
    # a key written twice: JSON would keep the last silently, losing the first entry
    (data_copy / "dates.json").write_text('{"a": {"x": 1, "y": 2, "x": 3}}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"dates\.json: key 'x' appears twice"):
        rules.load("dates")


def test_the_version_changes_with_the_rule_data_and_code(data_copy):
    before = rules.rules_digest()
    path = data_copy / "vocab.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["killed"].append("نحر")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rules.rules_digest.cache_clear()
    after_data = rules.rules_digest()
    assert after_data != before
    code = data_copy.parent / "frames.py"
    code.write_text(code.read_text(encoding="utf-8") + "\n# a rule changed\n", encoding="utf-8")
    rules.rules_digest.cache_clear()
    assert rules.rules_digest() not in (before, after_data)


def test_extractor_version_is_the_hash():
    from marsad.agent.offline import OfflineExtractor, extractor_version

    version = OfflineExtractor().version
    assert version == extractor_version() and version.startswith(f"offline-{rules.rules_digest()}+lex-")


def test_one_clitic_table():
    assert ("لل", "ال") in CLITICS
    assert clitic_variants("للحشد") == [("لل", "الحشد"), ("ل", "لحشد")]
    assert ("و", "كركوك") in clitic_variants("وكركوك") and clitic_variants("وب", min_rest=3) == []
