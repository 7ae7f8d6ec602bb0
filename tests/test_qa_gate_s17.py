"""Answer-level gates of the offline answerer (session 17): an English question some of whose ordinary words the
lexicon cannot say in Arabic ("exhort ... to morph into") is still answered from a sentence that names everything
it asks about, while one naming a name nothing knows, or a sentence missing one of its places or actors, keeps
abstaining. Sentences are our own."""

from __future__ import annotations

import pytest

from marsad.agent.qa import passages
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question, unmapped
from marsad.agent.qa.translit import with_words
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document

_TEXT = ("وحث الأمين العام للأمم المتحدة غوتيريش حزب الله على أن يصبح حركة مدنية تنزع سلاحها بالكامل. "
         "وقال في تقرير قدمه إلى المجلس إن استمرار التسلح يهدد الاستقرار في المنطقة.")
_OTHER = ("دعا وزير الخارجية الفرنسي الأطراف اللبنانية إلى الحوار خلال زيارة قصيرة إلى بيروت. "
          "وأضاف أن بلاده تدعم الجيش اللبناني.")


def _evidence(*texts: str) -> Evidence:
    ev = Evidence()
    for i, text in enumerate(texts):
        ev.docs[f"d{i}"] = Document(doc_id=f"d{i}", title="", published="2018-05-20", text=text)
    return ev


def _question(text: str):
    return with_words(parse_question(text, get_lexicon()))


@pytest.mark.parametrize("on", [True, False])
def test_unmapped_words_answer_from_a_bound_sentence(monkeypatch, on):
    monkeypatch.setattr(passages, "UNMAPPED_BOUND", on)
    q = _question("What did UN Secretary-General Guterres exhort Hezbollah to morph into in May 2018?")
    assert unmapped(q)
    claims = passages.passage_claims(q, _evidence(_TEXT, _OTHER))
    assert bool(claims) is on
    if on:
        assert claims[0].spans[0][0] == "d0"


def test_unmapped_words_need_every_entity_in_the_sentence():
    q = _question("What did UN Secretary-General Guterres exhort Hezbollah to morph into in May 2018?")
    # the sentence names the Secretary-General but not the party asked about
    text = "حث الأمين العام للأمم المتحدة غوتيريش الدول الأعضاء على زيادة التمويل خلال اجتماع في نيويورك."
    assert passages.passage_claims(q, _evidence(text)) == []


def test_an_unknown_name_still_keeps_passages_out():
    q = _question("What did UN Secretary-General Guterres exhort the Zorblaxian council to morph into in May 2018?")
    assert unmapped(q)
    assert passages.passage_claims(q, _evidence(_TEXT)) == []


_EMBASSY = "أطلق مسلح مجهول النار أمام مبنى سفارة كندا في العاصمة ليما مساء الخميس قبل أن يفر من المكان."
_TRAINING = "وصلت وحدة عسكرية من كندا في مارس إلى مدينة قندهار لتدريب عناصر الجيش المحلي على إزالة الألغام."


@pytest.mark.parametrize("on", [True, False])
def test_the_asked_kind_of_place_is_no_shared_concept(monkeypatch, on):
    monkeypatch.setattr(passages, "ASKED_KIND_FREE", on)
    q = _question("In which city did a gunman open fire outside the Canadian embassy in March 2018?")
    claims = passages.passage_claims(q, _evidence(_TRAINING, _EMBASSY))
    # the kind asked for no longer counts as a concept to share: the embassy sentence answers; a sentence naming
    # some city and Canada but no embassy tells of another event (off: the kind weighs in, and neither is quoted)
    assert (bool(claims) and claims[0].spans[0][0] == "d1") is on
    assert all(c.spans[0][0] != "d0" for c in claims) or not on
