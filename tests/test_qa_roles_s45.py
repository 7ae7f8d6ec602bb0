"""Pass 45 (qa45): "which official said ..." asks for whoever holds an office.

* "official" after "which/what/whose" is the word the question asks with, not an office the answering sentence must
  name (:data:`marsad.agent.qa.question_parse.WHICH_OFFICIAL`).
* A prosecutor, a judge and an ambassador are offices whose holders answer a role question
  (``marsad.agent.qa.passages._CUE``).

Sentences and names are made up for these tests.
"""

from __future__ import annotations

import marsad.agent.qa.question_parse as question_parse
from marsad.agent.qa.passages import _CUE
from marsad.agent.qa.question import Intent, parse_question
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon


def _concepts(text: str) -> set[str]:
    return {c.id for c in parse_question(text, get_lexicon()).concepts}


def test_which_official_is_an_asking_word(monkeypatch):
    q = "Which official said the bombing in Dorval could have been planned abroad?"
    assert parse_question(q, get_lexicon()).intent is Intent.role
    assert "official" not in _concepts(q)
    monkeypatch.setattr(question_parse, "WHICH_OFFICIAL", False)
    assert "official" in _concepts(q)


def test_an_official_the_question_names_stays():
    # not asked with: "officials" are who was killed
    assert "official" in _concepts("How many officials were killed in the ambush near Dorval?")


def test_prosecutor_judge_ambassador_answer_a_role_question():
    cue = _CUE[Intent.role]
    assert cue.search(normalize("وقالت المدعية العامة مارتا كولين إن التحقيق مستمر"))
    assert cue.search(normalize("وأكد القاضي المكلف بالملف أن المتهمين سيمثلون أمامه"))
    assert cue.search(normalize("واستدعت الخارجية سفير البلد المجاور"))
    assert not cue.search(normalize("وقال شاهد عيان إن الانفجار هز الحي"))
