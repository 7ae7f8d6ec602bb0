"""Session 35: the doer readers' layout and speed, on sentences written for the tests (no corpus text).

- The grammar readers of the doer live in ``roles_grammar`` with their word lists in roles.json; their switches
  stay in the modules that call them (``roles_forces.RELATIVE_SUBJECT``, ``roles_subjects.PP_SUBJECT``).
- ``roles_perpetrator._accusation_in`` reads a sentence's sides one by one only when one of its cue words stands in
  the sentence (``_ACCUSATION_CUES``); the answers are the same.
"""

from marsad.agent.offline import OfflineExtractor, rules
from marsad.agent.offline import roles_grammar as rg
from marsad.agent.offline import roles_perpetrator as rp
from marsad.schemas import Document

DAY = "2017-05-14"


def _perps(text: str) -> list[str | None]:
    r = OfflineExtractor().extract(Document(doc_id="snn:t-s35", title=None, text=text, published=DAY))
    return [a.perpetrator for a in r.attacks]


def test_grammar_word_lists_come_from_roles_json():
    assert rules.words("roles", "relative_subject_acts") == rg._RELATIVE_ACTS
    assert "قتلوا" in rg._RELATIVE_ACTS and "برصاص" in rg._RELATIVE_NOT_OBJECT
    assert rg._RELATIVE_GAP == 3 and {"هدد", "اتهم"} <= rg.MEANS_NOT_VERBS
    assert {"قوات", "عناصر"} <= rg._BROKEN_PLURALS and "عليهم" in rg._PP_PRONOUNS


def test_accusation_cues_hold_every_reading_list():
    for vocab in (rp._BLAME_WORDS, rp._BLAME_CAST, rp._ACCUSE_VERBS, rp._ATTRIBUTE_VERBS, rp._STAND_BEHIND,
                  rp._HOLD, rp._SUSPECT):
        assert vocab <= rp._ACCUSATION_CUES


ACCUSED = ("كابول: وكالات\nوانفجرت سيارة مفخخة أمس قرب مركز للشرطة في مدينة قندوز، واتهمت وزارة الداخلية "
           "حركة طالبان بتنفيذ الهجوم الذي أوقع 9 قتلى.")


def test_accusation_still_read_with_its_cue():
    assert _perps(ACCUSED) == ["حركة طالبان"]
