"""Pass 43 (qa43e): when an article names what a question asks about.

* A coalition is named by its joint command (the registry's ``coalition`` link): :func:`marsad.agent.qa.subject.
  by_command` (switch ``COMMAND_NAMES_COALITION``).
* A nationality adjective after a place word ("مدينة عراقية") is no world place's name:
  :data:`marsad.agent.qa.domain.NISBA_NOT_PLACE`.

Sentences are written for these tests.
"""

from __future__ import annotations

import marsad.agent.qa.domain as domain
import marsad.agent.qa.subject as subject
from marsad.agent.qa.domain import world_places
from marsad.agent.qa.evidence import question_fit
from marsad.agent.qa.question import parse_question
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document


def _entry(id_: str):
    return next(e for e in get_lexicon().entries if e.id == id_)


def test_coalition_named_by_its_joint_command(monkeypatch):
    coalition = _entry("coalition")
    text = normalize("وذكرت قوة المهام المشتركة أن طائراتها شنت 12 ضربة قرب الموصل.")
    assert subject.by_command(coalition, text)
    assert not subject.by_command(coalition, normalize("وشن الجيش 12 ضربة قرب الموصل."))
    q = parse_question("كم ضربة شنها التحالف الدولي ضد داعش قرب الموصل؟")
    doc = Document(doc_id="c", title="ضربات جوية على داعش",
                   text="وذكرت قوة المهام المشتركة أن طائراتها شنت 12 ضربة على مواقع داعش قرب الموصل.",
                   published="2016-05-02")
    assert question_fit(q, doc)[0] == 1
    monkeypatch.setattr(subject, "COMMAND_NAMES_COALITION", False)
    assert question_fit(q, doc)[0] == 0


def test_nationality_adjective_after_a_place_word_is_no_place(monkeypatch):
    q = parse_question("في أي مدينة عراقية فجر داعش جسرا في مارس 2016؟")
    assert not any(normalize(p.canonical).endswith("عراقيه") for p in world_places(q))
    monkeypatch.setattr(domain, "NISBA_NOT_PLACE", False)
    domain._world_places.cache_clear()
    try:
        assert any(normalize(p.canonical).endswith("عراقيه") for p in world_places(q))
    finally:
        domain._world_places.cache_clear()
    # a town's own name still is one
    assert world_places(parse_question("كم شخصا قتلوا في انفجار بمدينة نواذيبو في 2017؟"))
