"""Pass 57 (qaname57): the names and nationality words of a question that reach the articles' spellings.

* A state's plural adjective names it as its singular does ("الطلاب السودانيون"):
  :data:`marsad.agent.qa.question_mentions.STATE_NISBA_PLURAL`.
* "American" written أمريكي or أميركي: :data:`marsad.agent.qa.question_mentions.AMERICAN_SPELLINGS`.
* A state's people named by a broken plural ("الإسبان"): :data:`marsad.agent.qa.question_mentions.STATE_BROKEN_PLURALS`.

Sentences are written for these tests.
"""

from __future__ import annotations

import marsad.agent.qa.question_mentions as qm
from marsad.agent.qa.question_entities import find_entities
from marsad.core.lexicon import get_lexicon


def _ids(text: str) -> list[str]:
    return [e.id for e in find_entities(text, get_lexicon(), question=True)]


def test_a_states_plural_adjective_names_it(monkeypatch):
    monkeypatch.setattr(qm, "_PATTERNS", {})
    assert "sudan" in _ids("من أين سافر الطلاب السودانيون إلى تركيا؟")
    assert "sudan" in _ids("كم عدد الصحفيين السودانيين المعتقلين؟")
    assert "bahrain" not in _ids("أطلق الصاروخين البحريين من سفينة")  # (naval, not Bahrain's)
    monkeypatch.setattr(qm, "_PATTERNS", {})
    monkeypatch.setattr(qm, "STATE_NISBA_PLURAL", False)
    assert "sudan" not in _ids("من أين سافر الطلاب السودانيون إلى تركيا؟")


def test_a_states_people_by_a_broken_plural(monkeypatch):
    monkeypatch.setattr(qm, "_PATTERNS", {})
    assert "spain" in _ids("كم عدد الصحفيين الإسبان المخطوفين؟")
    assert "russia" not in _ids("قطعت روس القتلى")  # (رؤوس، heads)
    monkeypatch.setattr(qm, "_PATTERNS", {})
    monkeypatch.setattr(qm, "STATE_BROKEN_PLURALS", False)
    assert "spain" not in _ids("كم عدد الصحفيين الإسبان المخطوفين؟")


def test_american_is_spelt_both_ways(monkeypatch):
    monkeypatch.setattr(qm, "_PATTERNS", {})
    # (the registry writes the state's name أمريكا)
    assert "united_states" in _ids("متى سحبت أميركا قواتها من القاعدة؟")
    monkeypatch.setattr(qm, "_PATTERNS", {})
    monkeypatch.setattr(qm, "AMERICAN_SPELLINGS", False)
    assert "united_states" not in _ids("متى سحبت أميركا قواتها من القاعدة؟")
