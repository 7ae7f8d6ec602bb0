"""Pass 65: an attack's doer and target. Sentences written for these tests.

* a targeting verb's means told with its count or as a dual ("بعدد من الغارات"، "بغارتين") joins the verb's frame,
  so a day told before it no longer cuts the verb from its object (``frames.COUNTED_MEANS_JOIN``);
* a count, "من" and a definite sound plural of people no list holds ("12 من المتمردين") read those people as the
  target (``roles_targets.PARTITIVE_PLURAL``);
* an uncounted noun of the dead or wounded, "من" and a side or people ("قتلى وجرحى من الحوثيين") names the target
  (``roles_targets.LOSSES_FROM``);
* a post or calling the victim titles lack ("القنصل"، "العميل"), right after a word of a killing of one person, is
  the person killed (``roles_targets.NAMED_TITLES``);
* a force annexed to a verbal noun of persisting or intending ("إصرار"، "تعمد"، "استمرار") is the doer of the act
  told right after it (``roles_subjects.PERSIST_DOER``);
* a kin noun with its owner's pronoun right after a word of killing ("قتل والده") is the target
  (``roles_victims.KIN_VICTIM``); so is the definite person after the verbal noun "قتل" told with "ب"/"ل" or after
  "على" ("أقدم على قتل المسؤول") (``roles_victims.MASDAR_KILL_OBJECT``).
"""

from __future__ import annotations

from marsad.agent.offline import frames, roles_subjects, roles_targets, roles_victims
from tests.one_attack import only_attack

_COUNTED_MEANS = "استهدف طيران التحالف، مساء السبت، بعدد من الغارات، مخزنا للذخيرة قرب بلدة الرمان."
_DUAL_MEANS = "استهدفت طائرات التحالف، الجمعة، بغارتين، معسكرا للمسلحين في محافظة مأرب."
_BARE_VERB = "استهدفت طائرات التحالف، الجمعة، معسكرا للمسلحين في محافظة مأرب."


def test_a_counted_means_after_a_day_keeps_the_object(offline_extract):
    assert only_attack(offline_extract, _COUNTED_MEANS).target == "مخزنا للذخيرة"


def test_a_dual_means_after_a_day_keeps_the_object(offline_extract):
    assert only_attack(offline_extract, _DUAL_MEANS).target == "معسكرا للمسلحين"


def test_a_verb_with_no_means_is_read_as_before(offline_extract):
    assert only_attack(offline_extract, _BARE_VERB).target == "معسكرا للمسلحين"


def test_counted_means_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "COUNTED_MEANS_JOIN", False)
    assert only_attack(offline_extract, _COUNTED_MEANS).target is None


def test_counted_means_reader():
    words = ["استهدفت", "بعدد", "من", "الغارات", "الجويه"]
    assert frames._counted_means(words, 1) == ("airstrike", 4)
    assert frames._counted_means(["بعدد", "من", "الناس"], 0) is None
    assert frames._counted_means(["بغارتين"], 0) == ("airstrike", 1)


_PARTITIVE = "لقي 7 من المتمردين حتفهم بانفجار لغم أرضي في حي الرمال بمدينة الموصل."
_OTHERS = "كما لقي 9 آخرون من القرويين حتفهم بانفجار لغم أرضي في حي الرمال بمدينة الموصل."
_ATTACKERS = "قتل 5 من المهاجمين في اشتباك مع الشرطة في حي الرمال بمدينة الموصل."


def test_the_counted_plural_of_people_is_the_target(offline_extract):
    assert only_attack(offline_extract, _PARTITIVE).target == "المتمردين"


def test_the_counted_plural_after_others_is_the_target(offline_extract):
    assert only_attack(offline_extract, _OTHERS).target == "القرويين"


def test_the_attackers_counted_are_no_target(offline_extract):
    assert offline_extract(_ATTACKERS).attacks[0].target != "المهاجمين"


def test_partitive_plural_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_targets, "PARTITIVE_PLURAL", False)
    assert only_attack(offline_extract, _PARTITIVE).target is None


_AGENT = "وفي عام 2009، اغتيل العميل السابق سامر الكيلاني مسموما في باريس."
_CITIZEN = "وفي عام 2009، اغتيل المواطن سامر الكيلاني في باريس."


def test_a_new_title_after_a_killing_is_the_target(offline_extract):
    target = only_attack(offline_extract, _AGENT).target
    assert target.startswith("العميل السابق سامر الكيلاني") and "باريس" not in target


def test_named_titles_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_targets, "NAMED_TITLES", False)
    assert not (only_attack(offline_extract, _AGENT).target or "").startswith("العميل")


def test_named_titles_leave_other_nouns(offline_extract, monkeypatch):
    on = only_attack(offline_extract, _CITIZEN).target
    monkeypatch.setattr(roles_targets, "NAMED_TITLES", False)
    assert only_attack(offline_extract, _CITIZEN).target == on


_PERSIST = "وأدان المتحدث إصرار ميليشيات الحوثي على استهداف الأحياء السكنية في مدينة تعز، ما أدى إلى مقتل 3 مدنيين."
_INTENT = "وأدان المتحدث تعمد ميليشيات الحوثي استهداف الأحياء السكنية في مدينة تعز، ما أدى إلى مقتل 3 مدنيين."
_GOES_ON = "وأدان المتحدث استمرار ميليشيات الحوثي في قصف الأحياء السكنية في مدينة تعز، ما أدى إلى مقتل 3 مدنيين."
_DENIED = "ونفى المتحدث استمرار ميليشيات الحوثي في قصف الأحياء السكنية في مدينة تعز، ما أدى إلى مقتل 3 مدنيين."


def test_the_force_that_persists_is_the_doer(offline_extract):
    assert only_attack(offline_extract, _PERSIST).perpetrator == "الحوثيين"


def test_the_force_that_intends_is_the_doer(offline_extract):
    assert only_attack(offline_extract, _INTENT).perpetrator == "الحوثيين"


def test_the_force_that_goes_on_is_the_doer(offline_extract):
    assert only_attack(offline_extract, _GOES_ON).perpetrator == "الحوثيين"


def test_a_denied_persisting_force_is_no_doer(offline_extract):
    assert only_attack(offline_extract, _DENIED).perpetrator is None


def test_persist_doer_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_subjects, "PERSIST_DOER", False)
    assert only_attack(offline_extract, _PERSIST).perpetrator is None


_KIN = "وفي الشهر الماضي أقدم شاب على قتل والده ووالدته في مدينة أبها."
_KIN_PAIR = "وفي الشهر الماضي أقدم شاب على قتل شقيقه وابن عمه في مدينة أبها."
_NO_KIN = "وفي الشهر الماضي أقدم شاب على قتل ثلاثة من أقاربه في مدينة أبها."


def test_the_kin_killed_is_the_target(offline_extract):
    assert only_attack(offline_extract, _KIN).target == "والده ووالدته"


def test_a_kin_pair_is_the_target(offline_extract):
    assert only_attack(offline_extract, _KIN_PAIR).target == "شقيقه وابن عمه"


def test_no_kin_noun_no_kin_target(offline_extract):
    assert only_attack(offline_extract, _NO_KIN).target is None


def test_kin_victim_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_victims, "KIN_VICTIM", False)
    assert only_attack(offline_extract, _KIN).target is None


def test_kin_reader():
    assert roles_victims._kin("زوجته") and roles_victims._kin("والديه") and roles_victims._kin("واخاه")
    assert not roles_victims._kin("مدينته") and not roles_victims._kin("والي")


_MASDAR = "وقالت الشرطة إن المرأة أقدمت على قتل المسؤول الإداري سامي ناصر في منزله بمدينة حلب."
_MASDAR_COUNT = "وقالت الشرطة إن المرأة أقدمت على قتل ثلاثة أشخاص في منزلهم بمدينة حلب."


def test_the_person_after_a_masdar_of_killing_is_the_target(offline_extract):
    assert only_attack(offline_extract, _MASDAR).target.startswith("المسؤول الإداري سامي ناصر")


def test_a_counted_object_of_the_masdar_is_left_to_the_counts(offline_extract):
    assert not (only_attack(offline_extract, _MASDAR_COUNT).target or "").startswith("ثلاثة")


def test_masdar_kill_object_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_victims, "MASDAR_KILL_OBJECT", False)
    assert not (only_attack(offline_extract, _MASDAR).target or "").startswith("المسؤول")


_LOSSES_GROUP = "شن الجيش اليمني هجوما في جبهة نهم، وأوقع الهجوم الليلي قتلى وجرحى من الحوثيين."
_LOSSES_PEOPLE = "شن الجيش اليمني هجوما في جبهة نهم، وأوقع الهجوم الليلي قتلى من المتمردين."
_LOSSES_OWN = "شن الجيش اليمني هجوما في جبهة نهم، وأوقع الهجوم الليلي قتلى من الجيش اليمني."
_COUNTED_LOSSES = "شن الجيش اليمني هجوما في جبهة نهم، وأوقع الهجوم الليلي 10 قتلى من المتمردين."


def test_the_side_the_uncounted_dead_were_of_is_the_target(offline_extract):
    assert only_attack(offline_extract, _LOSSES_GROUP).target == "الحوثيين"


def test_the_people_the_uncounted_dead_were_of_are_the_target(offline_extract):
    assert only_attack(offline_extract, _LOSSES_PEOPLE).target == "المتمردين"


def test_the_doer_own_dead_name_no_target(offline_extract):
    assert only_attack(offline_extract, _LOSSES_OWN).target is None


def test_losses_from_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_targets, "LOSSES_FROM", False)
    assert only_attack(offline_extract, _LOSSES_GROUP).target is None


def test_a_count_of_the_dead_before_from_reads_the_people(offline_extract):
    assert only_attack(offline_extract, _COUNTED_LOSSES).target == "المتمردين"


def test_the_death_of_a_kin_is_not_read_by_the_kin_reader(offline_extract, monkeypatch):
    text = "وقتل القائد الميداني سامي فارس بغارة جوية في جبهة نهم، بعد شهرين على مقتل شقيقه في غارة مماثلة."
    targets = [a.target for a in offline_extract(text).attacks]
    monkeypatch.setattr(roles_victims, "KIN_VICTIM", False)
    assert targets == [a.target for a in offline_extract(text).attacks]


# review65 finding 20: a new title's span ends with the name, before the moment, place or manner of the killing.
_TITLE_MOMENT = "اغتيل الطبيب خلال عودته إلى منزله مساء الأحد بعد أن أطلق مسلحون النار عليه."
_TITLE_NAME_MOMENT = "اغتيل المهندس المعروف سعيد الراوي خلال عودته من عمله مساء الأحد في الرمادي."
_TITLE_MEANS = "اغتيل الإعلامي البارز حسين الزيدي بإطلاق نار أمام منزله وسط مدينة الكوت."
_TITLE_POST = "اغتيل القاضي في محكمة الجنايات هادي المالكي مساء أمس في الحلة."


def test_a_new_title_ends_before_the_moment_of_the_killing(offline_extract):
    assert only_attack(offline_extract, _TITLE_MOMENT).target == "الطبيب"
    assert only_attack(offline_extract, _TITLE_NAME_MOMENT).target == "المهندس المعروف سعيد الراوي"


def test_a_new_title_ends_before_the_means_of_the_killing(offline_extract):
    assert only_attack(offline_extract, _TITLE_MEANS).target == "الإعلامي البارز حسين الزيدي"


def test_a_new_title_keeps_its_post_and_name(offline_extract):
    assert only_attack(offline_extract, _TITLE_POST).target == "القاضي في محكمة الجنايات هادي المالكي"
    assert only_attack(offline_extract, _AGENT).target == "العميل السابق سامر الكيلاني"  # ("مسموما": how, not who)


def test_title_name_end_reader():
    words = ["اغتيل", "المحامي", "بسام", "بركات", "بالرصاص"]

    class _S:
        pass

    s = _S()
    s.words = words

    class _Ctx:
        sentences = [s]
        dates = [[]]

    assert roles_targets._title_name_end(_Ctx(), 0, 1, 5) == 4  # a name with "ب" is kept, "بالرصاص" ends it


# review65 finding 8: past the active verb's subject, the kin noun is the one killed, not the subject.
_KIN_SUBJECT = "قتل رجل والده طعنا بالسكين في قرية العزيزية جنوب بغداد."
_KIN_SUBJECT_ADJ = "قتل شاب عشريني شقيقه بالرصاص في بلدة الحمدانية إثر خلاف عائلي."
_KIN_JOINED = "قتل رجل وابنه بانفجار عبوة ناسفة في مدينة البصرة."


def test_the_kin_after_the_killer_is_the_target(offline_extract):
    assert only_attack(offline_extract, _KIN_SUBJECT).target == "والده"
    assert only_attack(offline_extract, _KIN_SUBJECT_ADJ).target == "شقيقه"


def test_a_kin_joined_to_the_dead_is_no_subject_reading(offline_extract):
    attack = only_attack(offline_extract, _KIN_JOINED)
    assert attack.target == "رجل" and attack.killed == 2


def test_kin_after_the_killer_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_victims, "KIN_VICTIM", False)
    assert only_attack(offline_extract, _KIN_SUBJECT).target == "رجل"
