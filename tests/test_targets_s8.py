"""Issue 12 item 3: the target of an attack read from the object the sentence gives it.

Every sentence here is written for these tests (none is taken from the corpus). Families:
(1) the attack itself told as the subject of "استهدف" ("استهدف انفجار خط أنابيب"، "استهدفت غارة أمريكية
معسكرا"، "استهدف أعنف الهجمات حيا") is no target: what follows it is; the object ends before a clause of its
own ("وهو قاعدة ..."، "لكنه"، "الواقعة شمال ...") and a second verb ("قصف استهدف قرية") tells the object;
(2) "تعرض X لهجوم": X came under attack; (3) a force of the doer's own state is no target; (4) a place the
strikes were "على" ranks below a thing they hit (a place a verb hit stays a full target); (5) a subject told
before the verb ("أن الطائرات قصفت عناصر التنظيم") leaves what follows as the object, "هجوم شنه X على Y" aims at
Y, a shop or quarter after "في/على" is the site hit, and a strike after "ب" is the means.
"""

from __future__ import annotations


def frame_targets(text: str) -> list:
    """The target the roles read for every event frame of the text, whether or not it becomes a record."""
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.agent.offline.roles import perpetrator, target
    from marsad.schemas import Document

    ctx = build_context(Document(doc_id="t", title="", text=text, published="2018-03-01"), get_gazetteer())
    out = []
    for si in range(len(ctx.sentences)):
        for f in find_frames(ctx, si):
            out.append(target(ctx, f, None, perpetrator(ctx, f))[0])
    return out


# -- (1) the attack as the subject; where the object ends ---------------------------------------------------

def test_a_blast_that_hit_something_is_not_what_it_hit():
    assert frame_targets("واستهدف انفجار صباح اليوم خط أنابيب النفط في محافظة صلاح الدين.") == ["خط أنابيب النفط"]


def test_a_strike_with_its_nisba_is_the_subject():
    assert frame_targets("واستهدفت غارة أمريكية معسكرا لتنظيم القاعدة شرق مدينة مأرب.") == ["معسكرا لتنظيم القاعدة"]


def test_the_deadliest_of_the_attacks_is_the_subject():
    assert frame_targets("واستهدف أعنف الهجمات دموية سوقا شعبيا في وسط المدينة حيث قتل 12 شخصا.") == ["سوقا شعبيا"]


def test_the_strikes_of_a_force_are_its_doing_not_the_target():
    assert frame_targets("واستهدفت غارات التحالف مواقع للحوثيين في صعدة.") == ["مواقع للحوثيين"]


def test_a_force_after_a_definite_attack_noun_is_the_object():
    assert frame_targets("واستهدف الهجوم الانتحاري قوات الجيش في مدينة الرمادي.") == ["قوات الجيش"]


def test_the_warplanes_written_definite_are_the_subject():
    assert frame_targets("وفي حلب قصفت المقاتلات مواقع للمعارضة يوم الأحد.") == ["مواقع للمعارضة"]


def test_the_object_ends_before_a_clause_of_its_own():
    assert frame_targets("وهاجم مسلحون معسكر الصمود وهو قاعدة تستخدمها القوات الحكومية قرب مدينة درنة.") == [
        "معسكر الصمود"]


def test_the_object_ends_before_where_it_lies():
    out = frame_targets("قتل 20 مدنيا في قصف استهدف قرية الرحمة الواقعة شمال حماة.")
    assert "قرية الرحمة" in out and not any(t and "استهدف" in t for t in out)



# -- (2) "تعرض X لهجوم": X came under attack --------------------------------------------------------------

def test_what_came_under_attack_is_the_target():
    assert frame_targets("تعرضت ناقلة نفط كويتية لهجوم بزورق مفخخ في البحر الأحمر يوم الثلاثاء.") == [
        "ناقلة نفط كويتية"]


def test_what_came_under_shelling_ends_before_where():
    assert frame_targets("وتعرض مقر الحزب في المدينة، فجر الأحد، للقصف بقذائف الهاون.") == ["مقر الحزب"]


def test_a_patrol_under_fire_is_the_target_not_its_force_alone():
    assert frame_targets("وتعرضت دورية للشرطة لإطلاق نار قرب الحدود ما أدى إلى إصابة شرطيين.") == ["دورية للشرطة"]


# -- (3) a force of the doer's own state is no target ---------------------------------------------------------

def test_the_army_of_the_air_forces_state_is_not_its_target():
    text = ("شنت طائرات سلاح الجو الليبي غارات على عدة محاور ببنغازي، ضمن مساعي الجيش لبسط سيطرته "
            "على المدينة.")
    assert frame_targets(text) == [None]


def test_a_force_of_another_state_stays_the_target():
    text = "وقصفت المدفعية التركية مواقع للجيش السوري قرب مدينة منبج يوم الأحد."
    out = frame_targets(text)
    assert out and out[0] is not None


# -- (4) a place alone is a weaker target than a thing hit -----------------------------------------------------

def frame_target_pairs(text: str) -> list:
    """(target, named?) of every event frame: "named" ranks a target above others when frames join a record."""
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.agent.offline.roles import perpetrator, target
    from marsad.schemas import Document

    ctx = build_context(Document(doc_id="t", title="", text=text, published="2018-03-01"), get_gazetteer())
    return [target(ctx, f, None, perpetrator(ctx, f)) for si in range(len(ctx.sentences)) for f in find_frames(ctx, si)]


def test_a_place_alone_ranks_below_what_was_hit():
    place = frame_target_pairs("وتركزت الغارات الجوية على مدينة الرقة السورية يوم الخميس.")
    thing = frame_target_pairs("واستهدفت الغارات الجوية مخازن أسلحة قرب مدينة الرقة يوم الخميس.")
    assert place == [("مدينة الرقة السورية", False)]
    assert thing == [("مخازن أسلحة", True)]


# -- (5) the subject told before the verb; the doer in a relative verb; sites after "في/على" ---------------------

def test_after_a_pronoun_subject_the_verb_is_followed_by_its_object():
    assert frame_targets("وقال الجيش إنه قصف مواقع للمسلحين في ريف حماة.") == ["مواقع للمسلحين"]


def test_a_subject_before_the_verb_leaves_the_members_after_it_as_the_object():
    assert frame_targets("وذكر المصدر أن الطائرات قصفت عناصر التنظيم في ريف حماة.") == ["عناصر التنظيم"]


def test_an_attack_launched_by_a_doer_on_something():
    text = "واندلعت الاشتباكات مجددا بعد هجوم شنه مسلحو المعارضة وجبهة النصرة على أحياء خاضعة لقوات النظام."
    assert frame_targets(text) == ["أحياء خاضعة لقوات النظام"]


def test_a_shop_the_shells_fell_on_is_the_target():
    assert frame_targets("وسقطت قذائف من داخل الحدود على محل تجاري بمدينة جازان مما أدى إلى إصابة مقيم.") == [
        "محل تجاري"]


def test_the_quarter_a_bomb_went_off_in_is_the_target_not_the_area_told_first():
    text = "وتوالت الحوادث الأمنية، ففي ناحية الطارمية قتل حارس وأصيب ثلاثة عمال بانفجار عبوة في الحي الصناعي."
    assert frame_targets(text) == ["الحي الصناعي"]


def test_a_strike_after_ba_is_the_means_not_the_object():
    assert frame_targets("وذكر المصدر أن طيران التحالف استهدف بغارة جوية تجمعا لمسلحي الحوثي في مديرية نهم.") == [
        "تجمعا لمسلحي الحوثي"]
    assert frame_targets("وقصفت الطائرات بغارتين مواقع للمسلحين في مديرية نهم.") == ["مواقع للمسلحين"]


# -- (6) a force written as an attack's subject is no target; "وجه ضربات إلى" -----------------------------------

def test_the_army_that_launched_the_attack_is_not_its_target():
    text = "وأفاد ناشطون بأن الجيش التركي شن ليلة الاثنين هجوما بالغاز أدى إلى إصابة تسعة أشخاص في ناحية جنديرس."
    assert frame_targets(text) == [None]


def test_forces_joined_by_and_before_a_dual_verb_are_the_doers():
    text = "وأضاف أن طيران الجيش والتحالف الدولي وجها غارات إلى التنظيم قتل فيها 17 مسلحا."
    out = frame_targets(text)
    assert out and not any(t in {"التحالف الدولي", "الجيش العراقي"} for t in out)


def test_strikes_directed_at_something_name_it():
    text = "وأضاف أن المدفعية وجهت ضربات إلى مواقع المسلحين في جبل الزاوية أدت إلى مقتل 7 منهم."
    assert frame_targets(text) == ["مواقع المسلحين"]


def test_a_force_that_was_hit_stays_the_target():
    text = "وأصيب خمسة عناصر من الجيش التركي في هجوم بقذائف الهاون على قاعدة قرب الحدود."
    out = frame_targets(text)
    assert out and out[0] is not None


# -- (7) the person killed by name or title; the victim before "الذي قتل" -----------------------------------------

def test_a_leader_killed_by_name_and_title_is_the_target():
    text = "أعلنت وزارة الدفاع عن مقتل سالم العتيبي، قائد جماعة المرابطين، في غارة أمريكية مطلع الشهر."
    assert frame_targets(text)[0] == "سالم العتيبي، قائد جماعة المرابطين"


def test_an_official_assassinated_by_title_is_the_target():
    text = "واغتيل القيادي في الحزب الاشتراكي أحمد الزبيدي، برصاص مجهولين قرب منزله في مدينة لحج."
    assert frame_targets(text) == ["القيادي في الحزب الاشتراكي أحمد الزبيدي"]


def test_the_soldier_who_was_killed_is_the_target():
    assert frame_targets("ويعد الجندي، الذي قتل بالرصاص صباح الأحد، ثاني عسكري يسقط في تلك المنطقة خلال شهرين.") == ["الجندي"]


def test_a_count_of_fighters_names_no_person():
    assert frame_targets("وأعلن الجيش مقتل عشرة مسلحين، بينهم قائد ميداني، في غارة على مواقعهم.")[0] is None


# -- (8) a nominative plural after the verb is its subject; the speaker's force is no target -----------------------

def test_a_plural_in_un_after_the_verb_is_the_subject():
    text = "وروى طالب أن الوحدة دخلت الكلية عنوة. حيث اقتحم المستعربون الملثمون ساحة الجامعة، وأطلقوا النار في داخلها."
    assert frame_targets(text)[-1] == "ساحة الجامعة"


def test_the_force_of_the_official_who_speaks_is_not_the_target(offline_extract):
    text = ("أوضح فلان علان مفوض الشرطة في ولاية بورنو النيجيرية أن انتحاريتين قتلتا 11 مصليا داخل مسجد "
            "بمدينة مايدوجوري فجر السبت.")
    targets = [a.target for a in offline_extract(text).attacks]
    assert targets and not any(t and "الشرطة" in t for t in targets)


# -- (9) the manner of shelling and the force backing it are no target --------------------------------------------

def test_the_kind_of_shelling_and_its_backer_are_not_the_target():
    text = "ودارت اشتباكات بين الجيش والمسلحين في جبال حام، رافقها قصف صاروخي ومدفعي مكثف بدعم من طيران التحالف."
    out = frame_targets(text)
    assert out and not any(t and ("مدفعي" in t or "التحالف" in t) for t in out)


def test_heavy_shelling_on_positions_names_the_positions():
    text = "وشن الجيش قصفا مدفعيا كثيفا على مواقع المسلحين في جبل حام بمشاركة طيران التحالف."
    assert frame_targets(text) == ["مواقع المسلحين"]


def test_the_force_an_attack_noun_names_with_la_is_its_doer():
    text = "ولقي 14 مسلحا من الميليشيا حتفهم بقصف صاروخي للجيش اليمني وضربات جوية لمقاتلات التحالف قرب جبهة كرش."
    assert not any(t in {"الجيش اليمني", "التحالف العربي"} for t in frame_targets(text))


def test_a_force_that_managed_to_storm_a_position_is_not_its_target(offline_extract):
    text = ("وأفاد مصدر عسكري في شبوة بأن قوات النخبة الشبوانية، تمكنت وبغطاء جوي من مقاتلات التحالف العربي من "
            "اقتحام معسكر في وادي يشبم كان يتمركز فيه مسلحون من تنظيم القاعدة، وقتلت 4 منهم.")
    targets = [a.target for a in offline_extract(text).attacks]
    assert targets and not any(t and ("النخبة" in t or "التحالف" in t) for t in targets)
