"""Session 19 (cause helper): a toll told again with the incident as the subject of a verb of causing
(agent/offline/attacks_cues._causes_toll, switch CAUSE_SUBJECT).

"وأسفر الهجوم عن مقتل 11"، "إن التفجير أدى إلى مقتل 14": the incident told before, now told with its toll; as with
the toll told first ("قتل 6 جنود في الهجوم"), the count is the incident's when it has none of its own yet. Not a
toll set against another count in the same sentence (one side's claim against the official figure). The sentences
below are written for the tests.
"""

from marsad.agent.offline import OfflineExtractor, attacks_cues
from marsad.schemas.document import Document

_VERB_FIRST = "هاجم مسلحون نقطة تفتيش للجيش في محافظة ديالى مساء الأحد. وأسفر الهجوم عن مقتل 11 جنديا."
_NOUN_FIRST = ("انفجرت سيارة مفخخة قرب مركز للشرطة في مدينة الرمادي صباح الثلاثاء. وقال مسؤول أمني إن الهجوم "
               "أدى إلى مقتل 14 شخصا وإصابة 9 آخرين.")
_LEFT = "هاجم مسلحون حاجزا أمنيا في مدينة العريش أمس. وخلف الهجوم 8 قتلى و13 جريحا."
_CLAIM = ("فجر مسلحون شاحنة مفخخة قرب معسكر للجيش في مدينة ماردين فجر السبت. وزعم المسلحون أن الهجوم خلف 40 "
          "قتيلا في حين تحدث بيان رسمي عن مقتل ثلاثة جنود.")


def _tolls(text):
    doc = Document(doc_id="t", title=None, source="x", published="2016-03-10", text=text)
    return [(a.killed, a.injured) for a in OfflineExtractor().extract(doc).attacks]


def test_toll_told_with_the_attack_as_subject_joins_it():
    assert _tolls(_VERB_FIRST) == [(11, None)]
    assert _tolls(_NOUN_FIRST) == [(14, 9)]
    assert _tolls(_LEFT) == [(8, 13)]


def test_switch_off_drops_the_toll(monkeypatch):
    monkeypatch.setattr(attacks_cues, "CAUSE_SUBJECT", False)
    assert _tolls(_VERB_FIRST) == [(None, None)]
    assert _tolls(_NOUN_FIRST) == [(None, None)]


def test_a_claim_set_against_another_count_is_not_taken():
    assert all(k != 40 for k, _ in _tolls(_CLAIM))
