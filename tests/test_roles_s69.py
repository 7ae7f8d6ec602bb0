"""Pass 69: what was hit, read from the sentence. Sentences written for these tests.

* the side of the counted dead gives way, in the record, to an object another sentence of the incident writes as
  that side's own sites ("هجوما على مواقع الميليشيات") (``attacks_records.OWNED_OBJECT_YIELDS``);
* "قد" ends an object ("وكان هجوم على X قد قتل") (``object_stops``); a hedge on the attack's means ("غارة يعتقد
  أنها بالكلور على X") is stepped over to what follows "على" (``roles_objects._hedged_means_gap``);
* dual gunmen ("مسلحان"، "مجهولان") are subject nouns (``subject_nouns``); a unit subject with its owner ("كتيبة
  المدفعية التابعة لميليشيا الحوثي") is stepped over to the object (``roles_objects._owned_unit_subject``);
* the Rohingya rebels are a registered armed group (``actors_world``: ARSA), the doer of their attacks;
* "بعد تعرضه لهجوم" refers back to the nearest definite person noun before it (``roles_targets._exposed_masdar``);
"""

from __future__ import annotations


def _targets(offline_extract, text: str) -> list:
    return [a.target for a in offline_extract(text).attacks]


# -- the dead side and its own positions told in another sentence ------------------------------------------------


def test_the_side_positions_told_apart_are_the_target(offline_extract):
    text = ("قتل نحو 25 عنصرا من ميليشيات الحوثي، السبت، في مواجهات عنيفة بمديرية حيس جنوب محافظة الحديدة. "
            "وشنت قوات الجيش اليمني هجوما كبيرا على مواقع الميليشيات في مديرية حيس، وكبدتها خسائر فادحة.")
    assert "مواقع الميليشيات" in _targets(offline_extract, text)
    assert "الحوثيين" not in _targets(offline_extract, text)


def test_the_side_named_after_lam_in_the_other_sentence(offline_extract):
    text = ("قتل 18 عنصرا من ميليشيات الحوثي، الأحد، في مواجهات مع قوات الجيش اليمني بمديرية نهم شرق صنعاء. "
            "وأوضح مصدر عسكري أن قوات الجيش شنت هجوما على مواقع وتجمعات للحوثيين في مديرية نهم.")
    assert _targets(offline_extract, text) == ["مواقع وتجمعات للحوثيين"]


def test_another_side_positions_leave_the_dead_side(offline_extract):
    # the positions of another force are no retelling of what the dead side lost
    text = ("قتل نحو 25 عنصرا من ميليشيات الحوثي، السبت، في مواجهات عنيفة بمديرية حيس جنوب محافظة الحديدة. "
            "وشنت قوات الجيش اليمني هجوما كبيرا على مواقع الجيش السوداني في مديرية حيس.")
    assert "مواقع الجيش السوداني" not in _targets(offline_extract, text)[:1]


# -- "تعرضه لهجوم": the person the verbal noun refers back to --------------------------------------------------------


def test_exposed_masdar_refers_back_to_the_officer(offline_extract):
    text = "ونقل الضابط إلى المستشفى إثر تعرضه لإطلاق نار في حي المنصور ببغداد، مساء السبت."
    assert _targets(offline_extract, text) == ["الضابط"]


def test_exposed_masdar_with_name(offline_extract):
    text = "وقال مسؤول أمني إن الصحفي محمد الجبوري أصيب بجروح بعد تعرضه لهجوم مسلح في الموصل."
    assert _targets(offline_extract, text) == ["الصحفي محمد الجبوري"]


def test_exposed_masdar_feminine(offline_extract):
    text = "ولا تزال الناشطة في المستشفى بعد تعرضها لهجوم مسلح أمام منزلها في البصرة."
    assert _targets(offline_extract, text) == ["الناشطة"]


def test_exposed_masdar_speaker_is_no_antecedent(offline_extract):
    text = "وقال المتحدث باسم الشرطة إنه أصيب بجروح بعد تعرضه لإطلاق نار في بغداد."
    assert _targets(offline_extract, text) in ([], [None])


def test_exposed_masdar_dual_takes_the_kin(offline_extract):
    text = "ونقل الضابط المتقاعد كمال العمري وابنته إلى المستشفى نتيجة تعرضهما لهجوم مسلح في البصرة."
    assert _targets(offline_extract, text) == ["الضابط المتقاعد كمال العمري وابنته"]


# -- "قد" after the object; a hedge on the means before "على" ----------------------------------------------------------


def test_qad_ends_the_object(offline_extract):
    text = "وكان هجوم انتحاري على مقر قيادة الشرطة قد أوقع 6 قتلى، الأسبوع الماضي."
    assert _targets(offline_extract, text) == ["مقر قيادة الشرطة"]


def test_hedged_means_steps_to_the_object(offline_extract):
    text = "وقتل 35 شخصا على الأقل في هجوم يعتقد أنه بغاز الكلور على أحياء سكنية في ريف إدلب، السبت."
    assert _targets(offline_extract, text) == ["أحياء سكنية"]


def test_hedge_without_means_is_no_gap(offline_extract):
    text = "وقتل 35 شخصا على الأقل في هجوم يعتقد أن المسلحين شنوه على أحياء سكنية في ريف إدلب، السبت."
    assert _targets(offline_extract, text) != ["المسلحين"]


# -- subjects that are no target ---------------------------------------------------------------------------------------


def test_dual_gunmen_are_the_subject(offline_extract):
    text = "وهاجم مسلحان مجهولان محتجين في ساحة التحرير وسط بغداد مساء الجمعة."
    assert _targets(offline_extract, text) == ["محتجين"]


def test_unit_with_its_owner_is_the_subject(offline_extract):
    text = "وقصفت كتيبة المدفعية التابعة لميليشيا الحوثي منازل المواطنين في حي الجحملية، ما أدى إلى مقتل امرأتين."
    (attack,) = offline_extract(text).attacks
    assert attack.target == "منازل المواطنين"
    assert attack.perpetrator == "الحوثيين"


def test_brigade_with_its_owner_is_the_subject(offline_extract):
    text = "وهاجم اللواء الثالث التابع لقوات الحشد الشعبي أوكارا لتنظيم داعش في صحراء الأنبار."
    assert _targets(offline_extract, text) == ["أوكارا لتنظيم داعش"]


def test_unit_struck_by_a_means_stays_the_target(offline_extract):
    text = "واستهدفت كتيبة تابعة لميليشيا الحوثي بغارة جوية في مديرية نهم."
    assert _targets(offline_extract, text) == ["كتيبة تابعة لميليشيا الحوثي"]


# -- the Rohingya rebels as a doer --------------------------------------------------------------------------------------


def test_rohingya_rebels_are_the_doer(offline_extract):
    text = "وقالت السلطات إن المتمردين الروهينغا هاجموا ثلاثة مراكز حدودية في ولاية راخين فجر الجمعة."
    (attack,) = offline_extract(text).attacks
    assert attack.perpetrator == "جيش إنقاذ روهينغا أراكان"
