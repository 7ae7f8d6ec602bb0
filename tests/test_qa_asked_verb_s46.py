"""Pass 46 (qa46b): the verb an Arabic question asks about, in the passage reader.

An Arabic question asking what was done ("بماذا طالب ..."، "ماذا أعلن ...") and naming no actor the actions reader
can follow is read by the passage reader. The sentence stating the asked verb answers it, though it names the doer in
its own words and so shares fewer of the question's other words; it then ranks before a sentence that only tells the
event (:data:`marsad.agent.qa.passages.ASKED_VERB`).

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import article_claims

import marsad.agent.qa.passages as passages

_TEXT = ("وقع الحادث في بلدة ليسان شمالي بلجيكا ظهر الخميس حين تحصن مسلح في مخبز واحتجز فيه خمسة رهائن. "
         "وأوضح المدعي العام البلجيكي أن الموقوف في قضية احتجاز الرهائن طالب بالإفراج عن شقيقه المسجون منذ عامين. "
         "وأغلقت الشرطة الشوارع المحيطة بالمخبز لساعات قبل أن تقتحمه.")


def _claims(question: str):
    return article_claims(question, _TEXT, "احتجاز رهائن في مخبز ببلجيكا", "2019-05-09")


def test_the_sentence_stating_the_asked_verb_answers():
    claims = _claims("بماذا طالب محتجز الرهائن في بلدة ليسان البلجيكية في مايو 2019؟")
    assert claims and "طالب" in claims[0].text


def test_without_the_switch_the_event_sentence_answers(monkeypatch):
    monkeypatch.setattr(passages, "ASKED_VERB", False)
    # (pass 60's FILLER_ANY would quote the demand's sentence after the event's: test_qa_filler_any_s60)
    monkeypatch.setattr(passages, "FILLER_ANY", False)
    # (... and pass 62's ASKED_WORD the sentence naming the asked verb after a quote that does not: test_asked_word_s62)
    monkeypatch.setattr(passages.fillers, "ASKED_WORD", False)
    claims = _claims("بماذا طالب محتجز الرهائن في بلدة ليسان البلجيكية في مايو 2019؟")
    assert not claims or "طالب" not in claims[0].text


def test_a_question_not_asking_the_verb_is_not_moved():
    # (where it happened: the demand sentence is no better an answer than the event's)
    claims = _claims("أين احتجز المسلح الرهائن في بلدة ليسان البلجيكية في مايو 2019؟")
    assert not claims or "طالب" not in claims[0].text
