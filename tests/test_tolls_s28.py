"""Session 28 toll rules, on sentences written for the tests: others counted with a victim before a casualty clause
of the other kind are of the victim's kind ("مقتل جندي و4 آخرين وإصابة 7" = 5 killed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor, casualties_companions
from marsad.schemas import Document

_EX = OfflineExtractor()


def _tolls(text: str) -> list[tuple]:
    r = _EX.extract(Document(doc_id="t", title=None, text=text, published="2019-03-10"))
    return [(a.killed, a.injured) for a in r.attacks]


SHELL = "قصف مسلحون بقذائف الهاون سوقا للخضار في مدينة صعدة الأحد، ما أدى إلى "


@pytest.mark.parametrize("tail,expected", [
    ("مقتل مواطن وثلاثة آخرين وإصابة خمسة.", (4, 5)),
    ("مقتل جندي و4 آخرين وجرح 7.", (5, 7)),
    ("مقتل جندي و4 آخرين.", (5, None)),
    ("مقتل جندي و4 آخرين بجروح.", (1, 4)),      # the others are the injured
    ("مقتل جندي وإصابة 4 آخرين.", (1, 4)),
])
def test_others_before_a_clause_of_the_other_kind(tail, expected):
    assert _tolls(SHELL + tail) == [expected]


def test_others_then_clause_verb_form():
    assert _tolls("قتل شرطي و3 آخرون وأصيب 6 في انفجار عبوة ناسفة في مدينة الفلوجة الأحد.") == [(4, 6)]


def test_switch_off_keeps_the_victim_alone(monkeypatch):
    monkeypatch.setattr(casualties_companions, "OTHERS_THEN_CLAUSE", False)
    assert _tolls(SHELL + "مقتل مواطن وثلاثة آخرين وإصابة خمسة.") == [(1, 5)]


# the dual verb of killing after a dual subject opens a frame; the verbal noun does not
BLAST = "أفادت الشرطة بأن عبوة انفجرت بجوار سوق شعبي في كويتا صباح الأحد فقتلت شخصين على الأقل.\n"


def test_dual_killed_verb_carries_the_injured_of_its_sentence():
    text = BLAST + "وكويتا عاصمة إقليم بلوشستان.\nوأفادت الشرطة بأن ما لا يقل عن رجلين قتلا كما أصيب 11 آخرون."
    assert _tolls(text) == [(2, 11)]


def test_dual_killed_verb_after_two_of_a_group():
    assert _tolls("وأضاف المتحدث أن اثنين من الحراس قتلا أيضا في الهجوم على السفارة في مدينة نيامي الخميس.") == [(2, None)]


def test_verbal_noun_opens_no_frame():
    assert _tolls("ويرى الكاتب أن ذلك يعد قتلا للأبرياء في مدينة الموصل.") == []


def test_dual_subject_reader():
    from marsad.agent.offline.frames import _dual_subject
    assert _dual_subject(["ان", "شخصين", "قتلا"], 2)
    assert _dual_subject(["ان", "مدنيين", "اخرين", "قتلا"], 3)
    assert _dual_subject(["ان", "اثنين", "من", "الحراس", "قتلا"], 4)
    assert not _dual_subject(["يعد", "قتلا"], 1)


def test_dual_killed_switch_off(monkeypatch):
    from marsad.agent.offline import frames
    monkeypatch.setattr(frames, "DUAL_KILLED", False)
    text = BLAST + "وكويتا عاصمة إقليم بلوشستان.\nوأفادت الشرطة بأن ما لا يقل عن رجلين قتلا كما أصيب 11 آخرون."
    assert _tolls(text) == [(2, None)]


# paired verbs after a clause opener share one figure, as at the start of a sentence
FIGHT = "وذكر قائد ميداني أن قرابة 25 من المسلحين قتلوا في التلال المحيطة بالمدينة، "


def test_paired_verbs_after_an_opener_share_one_figure():
    from marsad.agent.offline.casualties_excluded import _combined_toll
    words = ["وقال", "مصدر", "كما", "قتل", "واصيب", "خمسه", "من", "افراد", "المقاومه"]
    assert _combined_toll(words, 4)
    assert not _combined_toll(["ان", "عسكريا", "قتل", "وجرح", "اثنان"], 3)


def test_paired_verbs_after_an_opener_give_no_count():
    tolls = _tolls(FIGHT + "كما قتل وأصيب خمسة من أفراد المقاومة خلال المعركة.")
    assert all(i != 5 for _, i in tolls)


def test_subject_before_the_verbs_keeps_both_counts():
    assert _tolls("وقالت رئاسة الأركان إن عسكريا قتل وجرح اثنان آخران قرب بلدة كلس في اشتباك مع مسلحين.") == [(1, 2)]


def test_opener_then_verb_with_its_own_subject():
    text = "انفجرت عبوة ناسفة بدورية للجيش في مدينة الرمادي الأحد، كما قتل جندي وأصيب اثنان."
    assert _tolls(text) == [(1, 2)]


def test_paired_after_opener_switch_off(monkeypatch):
    from marsad.agent.offline import casualties_excluded
    monkeypatch.setattr(casualties_excluded, "PAIRED_AFTER_OPENER", False)
    words = ["وقال", "مصدر", "كما", "قتل", "واصيب", "خمسه", "من", "افراد", "المقاومه"]
    assert not casualties_excluded._combined_toll(words, 4)


# a revised toll's counted noun goes on in the update's frame, however long the sentence between
LONG_UPDATE = ("وفي إدلب، ارتفعت حصيلة قتلى القذائف التي سقطت على أحياء المدينة الشرقية وسوقها القديم ومحيط "
               "الجامع الكبير في إدلب إلى 9 قتلى وأصيب 31 شخصا بعضهم في حالة حرجة.")


def test_long_update_keeps_the_wounded_after_it():
    assert _tolls(LONG_UPDATE) == [(9, 31)]


def test_long_update_one_frame():
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    ctx = build_context(Document(doc_id="t", title="", text=LONG_UPDATE, published="2019-03-10"), get_gazetteer())
    assert len(find_frames(ctx, 0)) == 1


def test_long_update_switch_off(monkeypatch):
    from marsad.agent.offline import frames
    monkeypatch.setattr(frames, "UPDATE_NOUN_JOINS", False)
    assert _tolls(LONG_UPDATE) == [(9, None)]


# a number before a counted noun said to hold the attackers is no count of victims
RAID = "هاجم مسلحون مقر الشرطة في مدينة غاو الجمعة، ما خلف "


@pytest.mark.parametrize("tail,expected", [
    ("14 قتيلا بينهم المهاجمون الستة و50 جريحا.", [(None, 50)]),
    ("14 قتيلا بينهم ستة جنود و50 جريحا.", [(14, 50)]),
])
def test_counted_noun_mixed_with_attackers(tail, expected):
    assert _tolls(RAID + tail) == expected


def test_counted_noun_mostly_bombers_keeps_the_record():
    assert _tolls("انفجرت سيارة مفخخة في سوق مدينة غاو الجمعة، ما خلف 14 قتيلا معظمهم من الانتحاريين.") == [(None, None)]


def test_counted_mixed_switch_off(monkeypatch):
    from marsad.agent.offline import casualties_counts
    monkeypatch.setattr(casualties_counts, "COUNTED_MIXED", False)
    assert _tolls(RAID + "14 قتيلا بينهم المهاجمون الستة و50 جريحا.") == [(14, 50)]
