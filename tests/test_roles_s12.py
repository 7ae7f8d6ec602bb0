"""Session 12 role rules (agent/offline/roles.py), on sentences written for these tests.

Families: the attacker is never what was hit ("تفجير انتحاري"، "فجرت انتحاريتان نفسيهما" -- the suicide
bomber is the doer's man, not the target); "على مقربة من"/"بالقرب من" before what the blast was near."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def frame_targets():
    """The target the offline roles read for every event frame of a text, whether or not it becomes a record."""
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.agent.offline.roles import perpetrator, target
    from marsad.schemas import Document

    def _targets(text: str) -> list:
        ctx = build_context(Document(doc_id="t", title="", text=text, published="2018-03-01"), get_gazetteer())
        return [target(ctx, f, None, perpetrator(ctx, f))[0]
                for si in range(len(ctx.sentences)) for f in find_frames(ctx, si)]
    return _targets


def _targets(records) -> list:
    return [a.target for a in records.attacks]


# --- the attacker is not the target ----------------------------------------------------------------------

def test_suicide_bombing_adjective_is_not_the_target(offline_extract):
    text = "قتل تسعة أشخاص في تفجير انتحاري استهدف حافلة تقل عمالا في مدينة قندهار."
    targets = _targets(offline_extract(text))
    assert targets and all(t and "انتحاري" not in t for t in targets)


def test_two_women_who_blew_themselves_up_are_not_the_target(offline_extract):
    text = ("شهدت بلدة مورا شمالي الكاميرون الجمعة هجوما إرهابيا، حيث فجرت انتحاريتان نفسيهما قرب مسجد، "
            "مما أدى إلى مقتل 9 مصلين.")
    targets = _targets(offline_extract(text))
    assert targets and not any(t and "انتحاري" in t for t in targets)


def test_near_the_town_hall_is_what_the_bomb_aimed_at(frame_targets):
    assert frame_targets("جرح سبعة أشخاص في هجوم بعبوة ناسفة على مقربة من المبنى البلدي في بلدة جوهر.") == [
        "المبنى البلدي"]


def test_near_a_town_is_only_where_the_shell_fell(frame_targets):
    assert frame_targets("وقتل طفل في هجوم على مقربة من خزاعة شرق خان يونس.") == ["طفل"]


# --- a group written with "ل"/"ب" that owns the dead man or what was hit ---------------------------------

def test_leader_with_adjectives_before_his_group_is_not_its_doer(frame_doers):
    doers = frame_doers("أعلن الجيش الأمريكي أن غارة جوية في الصومال قتلت قياديا ميدانيا بارزا بحركة الشباب.")
    assert "حركة الشباب" not in doers


def test_definite_commander_before_his_group_is_not_its_doer(frame_doers):
    doers = frame_doers("وقتل القائد الميداني السابق لحركة الشباب في المعارك الأخيرة قرب بلدة بارديري.")
    assert "حركة الشباب" not in doers


def test_group_owning_the_positions_at_the_next_frame_edge_is_not_its_doer(frame_doers):
    doers = frame_doers("وقالت مصادر إن المروحيات قصفت أيضا مخازن كثيرة للميليشيات الحوثية، وقتلت نحو 15 مسلحا.")
    assert "الحوثيين" not in doers


def test_gunmen_belonging_to_a_group_still_make_it_the_doer(frame_doers):
    doers = frame_doers("وأكد مصدر أن مسلحين تابعين لحركة الشباب هاجموا مركزا للشرطة في بلدة أفجوي.")
    assert doers == ["حركة الشباب"]


# --- the text says the doer is not known -----------------------------------------------------------------

def test_doers_said_unknown_before_groups_told_as_background(frame_doers):
    doers = frame_doers("ولم يعرف بعد منفذو الهجوم، لكن جماعات مرتبطة بتنظيم القاعدة استهدفت مالي ودولا مجاورة "
                        "خلال الأعوام الأخيرة.")
    assert doers == [None]


# --- the means before the object: counts of strikes, the strikes' pronoun, joined manner words -------------

def test_count_of_shells_before_the_object(frame_targets):
    assert frame_targets("وذكر البيان أن مدفعية الجيش قصفت بعدة قذائف مواقع للمتمردين في جبهة نهم.") == [
        "مواقع للمتمردين"]


def test_strikes_with_the_doer_pronoun_before_the_object(frame_targets):
    assert frame_targets("وقال الجيش إن طيران التحالف استهدف بغاراته تجمعات للمسلحين قرب المدينة.") == [
        "تجمعات للمسلحين"]


def test_second_manner_word_joined_with_waw(frame_targets):
    assert frame_targets("وشنت ميليشيا الحوثي قصفا عشوائيا وهستيريا بالمدفعية على قرى سكنية في مديرية دمت.") == [
        "قرى سكنية"]


def test_pronoun_of_the_shelling_before_what_it_hit(frame_targets):
    assert frame_targets("وشنت ميليشيا الحوثي قصفا مدفعيا استهدفت به المنازل في قرية الشقب.") == ["المنازل"]


# --- unknown doers stay unknown; the owners of what was hit are not its doers ------------------------------

def test_unknown_bombers_leave_the_owners_group_out(frame_doers):
    doers = frame_doers("وفجر مجهولون فجر اليوم سيارتين لقياديين في حركة الجهاد الإسلامي بعبوات ناسفة في رفح.")
    assert doers == [None]


def test_group_owning_the_truck_is_not_its_doer(frame_doers):
    doers = frame_doers("وقال شهود إن مسلحين فجروا بعبوة ناسفة شاحنة تعود لعناصر في حركة الشباب قرب بلدة جوهر.")
    assert "حركة الشباب" not in doers


def test_attack_dating_back_keeps_its_doer(frame_doers):
    doers = frame_doers("ويعود آخر هجوم كبير لحركة الشباب على البلدة إلى العام الماضي، وقتل فيه تسعة جنود.")
    assert "حركة الشباب" in doers


# --- the bomber himself, and where the object ends ---------------------------------------------------------

def test_site_the_bomber_blew_himself_up_at(frame_targets):
    assert frame_targets("فجر انتحاري نفسه أمام مبنى البلدية في مدينة بيدوا ما أدى إلى مقتل خمسة أشخاص.") == [
        "مبنى البلدية"]


def test_object_ends_before_the_bombs(frame_targets):
    assert frame_targets("واستهدف مسلحو حركة الشباب موكب المحافظ بعبوات ناسفة قرب بلدة بلعد.") == ["موكب المحافظ"]


def test_object_ends_before_the_rocket(frame_targets):
    assert frame_targets("وقصفت ميليشيا الحوثي مستشفى المدينة بصاروخ كاتيوشا مساء أمس.") == ["مستشفى المدينة"]


def test_object_ends_before_a_glued_place(frame_targets):
    assert frame_targets("وقصفت طائرات التحالف سفينة شحن ببنغازي فجر اليوم.") == ["سفينة شحن"]


def test_preposition_after_the_toll_is_no_victim_noun(offline_extract):
    records = offline_extract("وأدى التفجير إلى مقتل تسعة على الأقل، وفق الشرطة.")
    assert [a.target for a in records.attacks] == [None]


# --- the doer's allies are not its target ------------------------------------------------------------------

def test_coalition_strikes_are_not_aimed_at_the_army_it_backs(frame_targets):
    targets = frame_targets("ولقي 11 مسلحا حوثيا مصرعهم في مواجهات مع الجيش اليمني، وغارات لمقاتلات التحالف في "
                            "مديرية حرض.")
    assert "الجيش اليمني" not in targets


# --- "الطائرات الحربية" is the subject; "موقعا ل..." names the owner of what was hit --------------------------

def test_warplanes_adjective_is_not_part_of_the_target(frame_targets):
    assert frame_targets("وقصفت الطائرات الحربية موقعا لحركة الجهاد الإسلامي شرق خان يونس.") == [
        "موقعا لحركة الجهاد الإسلامي"]


def test_group_owning_an_indefinite_position_is_not_the_doer(frame_doers):
    assert frame_doers("وقصفت الطائرات الحربية موقعا لحركة الجهاد الإسلامي شرق خان يونس.") == [None]
