"""Issue 12 item 3: the target of an attack read from the object the sentence gives it.

Every sentence here is written for these tests (none is taken from the corpus). Families:
(1) the attack itself told as the subject of "استهدف" ("استهدف انفجار خط أنابيب"، "استهدفت غارة أمريكية
معسكرا"، "استهدف أعنف الهجمات حيا") is no target: what follows it is; the object ends before a clause of its
own ("وهو قاعدة ..."، "لكنه"، "الواقعة شمال ...") and a second verb ("قصف استهدف قرية") tells the object;
(2) "تعرض X لهجوم": X came under attack; (3) a force of the doer's own state is no target; (4) a place the
strikes were "على" ranks below a thing they hit (a place a verb hit stays a full target).
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
    text = ("شنت طائرات سلاح الجو الليبي غارات على عدة محاور في بنغازي، في إطار محاولات الجيش إحكام سيطرته "
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
