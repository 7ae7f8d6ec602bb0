"""Perpetrator rules of session 26. Sentences written for these tests (names, places and numbers made up).

- ``NEW_INCIDENT``: a claim of an incident told elsewhere ("مسؤوليته عن ذلك الهجوم") refers back to one incident
  already told: not to one the text introduces as new after the claim, nor (for one claimed incident) to one told
  before another new incident that stands between.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_claims, roles_cues, roles_perpetrator, roles_sides, roles_subjects


def _doers(records) -> list:
    return [a.perpetrator for a in records.attacks]


_CLAIM_OF_NEARER = ("أفاد شرطي في إقليم هلمند بأن انفجارا هز سوقا للخضار في مدينة لشكر كاه صباح الخميس وقتل 6 "
                    "مدنيين. وكان تفجير شاحنة مفخخة في هلمند يوم الأربعاء قد أودى بحياة 17 مزارعا. وتبنى تنظيم "
                    "داعش ذلك الهجوم في بيان.")
_NEW_AFTER_CLAIM = ("ندد رئيس الوزراء بتفجير انتحاري استهدف حفل تخرج لطلاب جامعة في جلال آباد الخميس. وخلف التفجير "
                    "9 قتلى من الطلاب. وتبنى داعش الهجوم في بيان نشره لاحقا. وفي سياق آخر، ذكر حاكم ولاية كونر أن "
                    "انفجارا هز سوقا مهجورة فجر الجمعة دون إصابات.")
_SAME_INCIDENT = ("لقي 11 مصليا حتفهم في تفجير انتحاري داخل مسجد بمدينة تكريت مساء الجمعة. وأصيب 25 آخرون في "
                  "التفجير. وتبنى داعش الهجوم عبر وكالة أعماق.")


def test_claim_of_one_incident_skips_the_one_told_before_another(offline_extract):
    assert _doers(offline_extract(_CLAIM_OF_NEARER)) == [None, "داعش"]


def test_claim_does_not_reach_an_incident_told_new_after_it(offline_extract):
    assert _doers(offline_extract(_NEW_AFTER_CLAIM)) == ["داعش", None]


def test_claim_still_reaches_the_incident_it_refers_back_to(offline_extract):
    assert set(_doers(offline_extract(_SAME_INCIDENT))) == {"داعش"}


@pytest.mark.parametrize(("text", "doers"), [(_CLAIM_OF_NEARER, ["داعش", "داعش"]), (_NEW_AFTER_CLAIM, ["داعش", "داعش"])])
def test_new_incident_switch_off_spreads_the_claim(offline_extract, monkeypatch, text, doers):
    monkeypatch.setattr(roles_claims, "NEW_INCIDENT", False)
    assert _doers(offline_extract(text)) == doers


def test_told_new_reads_indefinite_incident_nouns():
    assert roles_claims._told_new(["قال", "ان", "انفجارا", "وقع"], 2)
    assert roles_claims._told_new(["قتل", "خمسه", "بانفجار", "عبوه"], 2)
    assert not roles_claims._told_new(["واسفر", "الانفجار", "عن"], 1)
    assert not roles_claims._told_new(["واسفر", "انفجار", "السياره", "عن"], 1)
    assert not roles_claims._told_new(["عن", "ذلك", "هجوم"], 2)


# ``DROPPED_SUBJECT``: a clause whose attack verb leaves its subject unwritten takes the actor the sentence named.
_DROPPED_REL = "وأدرجت كندا حزب الله على قائمة العقوبات بسبب الهجوم الذي نفذه في اليونان عام 2015 وقتل فيه أربعة بحارة."
_DROPPED_WHEN = ("وقال المتحدث إن واشنطن مستعدة للتحرك كما فعلت العام الماضي عندما شنت ضربة صاروخية على مطار "
                 "عسكري قرب حمص.")
_DROPPED_FEM = ("وأكدت حركة طالبان أنها مستعدة للتفاوض، رغم الهجوم الذي شنته الشهر الماضي على قاعدة عسكرية في "
                "قندوز وقتل فيه 20 جنديا.")
_WRITTEN_SUBJECT = ("وأدرجت كندا حزب الله على قائمة العقوبات بسبب الهجوم الذي شنه مسلحون مجهولون في اليونان وقتل "
                    "فيه أربعة بحارة.")
_ATTACK_IS_SUBJECT = ("وقالت الشرطة إن العائلة التي نفذت تفجيرات الأحد عادت من سوريا، وفي إحدى الهجمات التي طالت "
                      "مقرا أمنيا قتل شرطيان.")


@pytest.mark.parametrize(("text", "doer"), [(_DROPPED_REL, "حزب الله"), (_DROPPED_WHEN, "القوات الأمريكية"),
                                            (_DROPPED_FEM, "حركة طالبان")])
def test_dropped_subject_is_the_actor_named_before(offline_extract, text, doer):
    assert _doers(offline_extract(text)) == [doer]


@pytest.mark.parametrize("text", [_DROPPED_REL, _DROPPED_WHEN, _DROPPED_FEM])
def test_dropped_subject_switch_off_leaves_no_doer(offline_extract, monkeypatch, text):
    monkeypatch.setattr(roles_perpetrator, "DROPPED_SUBJECT", False)
    assert _doers(offline_extract(text)) == [None]


def test_written_subject_is_not_replaced_by_an_earlier_actor(offline_extract):
    assert "حزب الله" not in _doers(offline_extract(_WRITTEN_SUBJECT))


def test_relative_on_a_noun_that_is_no_actor_takes_no_doer(offline_extract):
    assert "الشرطة" not in " ".join(d or "" for d in _doers(offline_extract(_ATTACK_IS_SUBJECT)))


def test_verb_and_noun_gender():
    assert roles_perpetrator._verb_gender("شنته") == "f"
    assert roles_perpetrator._verb_gender("نفذه") == "m"
    assert roles_perpetrator._verb_gender("شنت") == "f"
    assert roles_perpetrator._verb_gender("قالت") is None


# ``MEMBER_OBJECT`` and ``OWNED_AIM``: a group whose men were aimed at or met, or who owns what was hit, is no doer.
_MEN_AIMED_AT = "وقال مسؤول عسكري إن الغارة استهدفت مسلحين من حركة الشباب قرب بلدة جلب يوم الأحد."
_MEN_MET = "وأفاد شهود بأن عبوة انفجرت مساء الأربعاء أثناء لقاء بين مقاتلين من حركة الشباب ووجهاء عشائر قرب بيدوا."
_MEN_ATTACKED = "هاجم مسلحون من حركة الشباب قاعدة للجيش قرب بلدة جلب وقتلوا خمسة جنود."
_OWNED_CAMPS = "وواصلت المقاتلات لليوم الثالث حملة قصف لمخيمات لأنصار حزب العمال الكردستاني في منطقة الزاب."


@pytest.mark.parametrize("text", [_MEN_AIMED_AT, _MEN_MET])
def test_men_aimed_at_or_met_are_no_doer(offline_extract, text):
    assert not any(d and ("الشباب" in d or "طالبان" in d) for d in _doers(offline_extract(text)))


@pytest.mark.parametrize("text", [_MEN_AIMED_AT, _MEN_MET])
def test_member_object_switch_off_takes_the_men_as_doers(offline_extract, monkeypatch, text):
    monkeypatch.setattr(roles_cues, "MEMBER_OBJECT", False)
    assert any(d and ("الشباب" in d or "طالبان" in d) for d in _doers(offline_extract(text)))


def test_men_as_subject_still_are_the_doer(offline_extract):
    assert _doers(offline_extract(_MEN_ATTACKED)) == ["حركة الشباب"]


def _frame_doers(text: str) -> list:
    """The doer of each event frame of the text (the frame level: a record needs more than a doer)."""
    from frame_doers import frame_doers

    return frame_doers(text)


def test_owner_of_what_was_hit_is_no_doer(monkeypatch):
    assert "pkk" not in _frame_doers(_OWNED_CAMPS)
    monkeypatch.setattr(roles_subjects, "OWNED_AIM", False)
    assert "pkk" in _frame_doers(_OWNED_CAMPS)


# ``REPORTER_STRIKE``: a force's own statement of its men's or craft's fire, written with no owner, is its own act.
_SOLDIERS_FIRE = "أعلن الجيش الإسرائيلي الأحد مقتل ثلاثة فلسطينيين برصاص جنود شرق رفح."
_SPOKESMAN_JETS = "أعلن متحدث باسم الجيش الليبي أن طائرات حربية قصفت زورقا قرب ميناء درنة."
_OWN_DEAD = "أعلن الجيش التركي مقتل جنديين بقصف صاروخي من الأراضي السورية."
_INTERCEPTED = "وأعلن التحالف العربي اعتراض ثلاثة صواريخ باليستية أطلقت باتجاه مدينة جازان."


@pytest.mark.parametrize(("text", "doer"), [(_SOLDIERS_FIRE, "الجيش الإسرائيلي"), (_SPOKESMAN_JETS, "الجيش الليبي")])
def test_reporting_force_is_the_doer_of_its_strike(offline_extract, monkeypatch, text, doer):
    assert _doers(offline_extract(text)) == [doer]
    monkeypatch.setattr(roles_perpetrator, "REPORTER_STRIKE", False)
    assert _doers(offline_extract(text)) == [None]


@pytest.mark.parametrize(("text", "force"), [(_OWN_DEAD, "الجيش التركي"), (_INTERCEPTED, "التحالف العربي")])
def test_force_telling_an_attack_on_itself_is_no_doer(offline_extract, text, force):
    assert force not in _doers(offline_extract(text))


# ``MOTIVE_CLAIM``: a group that says why it struck ("إن الهجوم جاء ردا على ...") claims the attack.
_MOTIVE = ("انفجرت شاحنة مفخخة قرب مقر للشرطة في بلدة جزرة فجر الأحد ما أدى إلى إصابة 12 شرطيا. وقال حزب العمال "
           "الكردستاني في بيان إن الهجوم جاء ردا على قصف قرى في جبال قنديل.")
_MOTIVE_DENIED = ("انفجرت شاحنة مفخخة قرب مقر للشرطة في بلدة جزرة فجر الأحد ما أدى إلى إصابة 12 شرطيا. وقال حزب العمال "
                  "الكردستاني في بيان إن الهجوم لم يكن ردا على قصف قرى في جبال قنديل.")


def test_group_telling_its_motive_claims_the_attack(offline_extract, monkeypatch):
    assert _doers(offline_extract(_MOTIVE))[:1] == ["حزب العمال الكردستاني"]
    monkeypatch.setattr(roles_claims, "MOTIVE_CLAIM", False)
    assert _doers(offline_extract(_MOTIVE))[:1] == [None]


def test_motive_denied_claims_nothing(offline_extract):
    assert _doers(offline_extract(_MOTIVE_DENIED))[:1] == [None]


# ``STOPPED_ADVANCE``: an advance a word of stopping governs ("لوقف تقدم القوات") is no side's advance.
_STOPPED = ("وقتل مزارعان بانفجار لغم في قرية الشعب، بينما زرعت الميليشيات مئات الألغام في محاولة لوقف تقدم قوات "
            "الجيش اليمني.")


def test_advance_to_be_stopped_names_no_doer(monkeypatch):
    assert "army_ye" not in _frame_doers(_STOPPED)
    monkeypatch.setattr(roles_sides, "STOPPED_ADVANCE", False)
    assert "army_ye" in _frame_doers(_STOPPED)


_OWNER_OF_HIT = ("وقصف الجيش التركي مخابئ لحزب العمال الكردستاني في منطقة هفتانين، كما شن غارات على مرتفعات "
                 "قريبة من دهوك.")


def test_dropped_subject_skips_the_owner_of_what_was_hit():
    assert _frame_doers(_OWNER_OF_HIT)[-1:] == ["turkish_forces"]
