"""Pass 47 (qa47): "stands behind" in its feminine, plural and noun forms names the doer, as "يقف وراء" does.

"الحكومة تقف وراء الهجوم"، "يقفون وراء"، "اتهمت ... بالوقوف وراء" tell who did it: the passage reader's cue of a
perpetrator question takes them (:data:`marsad.agent.qa.passages.BEHIND_FORMS`). Sentences are made up for these tests.
"""

from __future__ import annotations

import re

from qa_claims import article_claims

import marsad.agent.qa.passages as passages

_TEXT = ("قالت وزارة الخارجية النرويجية الأحد إن لديها أدلة على أن حكومة البلاد تقف وراء الهجوم بغاز سام على بلدة "
         "كفرزيتا السورية. "
         "وأضافت المتحدثة أن فريقا من المفتشين سيصل إلى المنطقة خلال أيام لجمع العينات.")


def _first(question: str) -> str:
    claims = article_claims(question, _TEXT, "أدلة على هجوم كفرزيتا", "2019-06-02")
    return claims[0].text if claims else ""


def test_the_feminine_form_names_the_doer():
    assert "تقف وراء" in _first("من نفذ الهجوم بالغاز السام على بلدة كفرزيتا في سوريا؟")


def test_without_the_forms_no_sentence_answers(monkeypatch):
    monkeypatch.setattr(passages, "BEHIND_FORMS", False)
    assert "تقف وراء" not in _first("من نفذ الهجوم بالغاز السام على بلدة كفرزيتا في سوريا؟")


def test_the_forms_are_read():
    cue = re.compile(passages._BEHIND_CUE)
    assert cue.search("اتهمت السلطات الجماعه بالوقوف وراء التفجير")
    assert cue.search("مسلحون يقفون وراء الاعتداء")
