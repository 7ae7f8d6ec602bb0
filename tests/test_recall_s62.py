"""Pass 62 (recall62): attacks the extractor missed -- how Arabic news tells an incident it did not read.

Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, casualties_subjects, casualties_words
from marsad.schemas import Document


def _attacks(body: str) -> list[tuple]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2018-04-10"))
    return [(a.attack_type, a.location.name if a.location else None, a.killed, a.injured) for a in rec.attacks]


# one victim told by an office or a kinship (casualties_words.TITLE_VICTIM)
_OFFICE = "قتل مدير ناحية البرج برصاص مسلحين مجهولين قرب منزله في مدينة تكريت مساء الأحد."
_OBJECT = "قتل مسلحون مختار قرية الحمراء في محافظة ديالى."
_KIN = "أعلنت الشرطة مقتل والد النائب على أيدي مسلحين في مدينة البصرة."


def test_an_office_holder_shot_dead_is_one_killed():
    found = _attacks(_OFFICE)
    assert len(found) == 1 and found[0][2] == 1


def test_title_victim_switch_off_loses_the_office_holder(monkeypatch):
    monkeypatch.setattr(casualties_words, "TITLE_VICTIM", False)
    assert _attacks(_OFFICE) == []


def test_an_office_holder_as_the_object_of_gunmen():
    found = _attacks(_OBJECT)
    assert len(found) == 1 and found[0][2] == 1


def test_title_object_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_words, "TITLE_VICTIM", False)
    assert _attacks(_OBJECT) == []


def test_a_relative_killed_at_the_hands_of_gunmen():
    found = _attacks(_KIN)
    assert len(found) == 1 and found[0][2] == 1


def test_a_relative_in_battles_keeps_no_count():
    # no weapon or doer told after the relative: a fighter's death in a story about him, no count read
    assert all(a[2] is None for a in _attacks("قتل زوجها في المعارك مع التنظيم قرب مدينة بيجي."))


def test_an_office_holder_in_a_road_accident_is_no_attack():
    assert _attacks("قتل مدير ناحية البرج في حادث سير على طريق تكريت.") == []


def test_a_title_that_kills_a_counted_object_is_the_subject():
    # "the police chief killed three gunmen": an operation's result, the title is no victim
    assert _attacks("قتل قائد الشرطة ثلاثة مسلحين في مدينة بيجي.") == []


def test_a_militant_leader_killed_by_forces_is_no_attack():
    assert _attacks("قتلت قوات الأمن قائد التنظيم في مدينة الموصل.") == []


def test_an_office_holder_named_dead_in_passing_is_no_attack():
    # no weapon and no doer told: an allusion, not an incident
    assert _attacks("وتولى المنصب بعد أشهر من مقتل رئيس الحزب السابق، وفق ما أعلنت الوكالة.") == []


def test_a_wounded_captain_in_a_match_report_is_no_attack():
    assert _attacks("تلقى الفريق ضربة قوية قبل المباراة بعد إصابة قائد الفريق في الركبة خلال التدريب.") == []


def test_a_relative_named_after_an_assassination_word_is_no_count():
    # the weapon word before the relative tells another deed: no victim read for the relative
    assert _attacks("واتهمت المعارضة الحاكم بأنه أمر باغتيال معارض بارز وإعدام نجل خالته.") == []


# a definite person as the subject of a passive kill verb after "أن/إن" (casualties_subjects.DEFINITE_SUBJECT)
_DEFINITE = "وقال مصدر طبي إن الطفلة قتلت برصاص مسلحين مجهولين في حي الزهور بمدينة تعز مساء الجمعة."


def test_a_definite_subject_of_a_passive_kill_verb_is_one_killed():
    found = _attacks(_DEFINITE)
    assert len(found) == 1 and found[0][2] == 1


def test_definite_subject_switch_off(monkeypatch):
    monkeypatch.setattr(casualties_subjects, "DEFINITE_SUBJECT", False)
    assert _attacks(_DEFINITE) == []


def test_a_definite_subject_of_an_active_kill_verb_is_no_victim():
    assert _attacks("وقالت الشرطة إن الشاب قتل شقيقه بعد خلاف عائلي في مدينة تعز.") == []
