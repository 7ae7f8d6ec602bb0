"""Session 37: doer and target readers, on sentences written for the tests (no corpus text).

- ``roles_annexed.MASDAR_PAST_CUT``: a force annexed to a verbal noun is its doer, and the object after it the target,
  when the frame is cut right after the force.
- ``roles_objects.RELATIVE_PRONOUN_DOER``: "المجزرة التي ارتكبتها القوات ضد X" -> X is the target.
- ``roles_objects.NISBA_OBJECT``: "القصف الإسرائيلي لمنازل ..." -> what follows "ل" is the target.
- ``roles_targets.ACCUSED_NOT_TARGET``: a force accused ("اتهم ... الشرطة بالتقاعس") is no target.
- ``roles_targets.COUNT_OF_MEMBERS``: "4 من عناصر المقاومة" -> the members with their group.
- ``roles_claims.UNKNOWN_NATURE``: an incident not known to be an attack takes no claim of another one.
- ``roles_sides.PRONOUN_BETWEEN``: "قتل 3 جنود في اشتباكات بينهم وبين مسلحي X" -> X.
- ``roles_reports.SUFFERED_REPORT``: "قالت الشرطة إنها عثرت على جثث"، "إنها تعرضت لهجوم"، "أنها تحقق في هجوم" -> the
  police did not do it.
- ``_carried_doer`` moved to ``roles_implicit`` (same answers).
"""

import pytest

from marsad.agent.offline import (
    OfflineExtractor,
    roles_annexed,
    roles_claims,
    roles_objects,
    roles_reports,
    roles_sides,
    roles_targets,
    roles_victims,
)
from marsad.agent.offline import roles_perpetrator as rp
from marsad.schemas import Document

DAY = "2016-11-20"


def _run(text: str):
    return OfflineExtractor().extract(Document(doc_id="snn:t-s37", title=None, text=text, published=DAY))


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.perpetrator, a.target) for a in _run(text).attacks]


# --- MASDAR_PAST_CUT ---------------------------------------------------------------------------------------------

CUT = ("صنعاء: وكالات\nوانتشر المسلحون في الشوارع عقب استهداف طيران التحالف مبنى وزارة المالية بغارتين أمس، "
       "أسفرتا عن مقتل 4 أشخاص.")


def test_force_annexed_to_a_verbal_noun_past_the_cut_is_the_doer(monkeypatch):
    assert _pairs(CUT) == [("التحالف العربي", "مبنى وزارة المالية")]
    monkeypatch.setattr(roles_annexed, "MASDAR_PAST_CUT", False)
    assert _pairs(CUT) == [(None, "التحالف العربي")]


# --- RELATIVE_PRONOUN_DOER ---------------------------------------------------------------------------------------

MASSACRE = ("رام الله: وكالات\nوندد الوزير بالمذبحة التي ارتكبتها وحدات الجيش الإسرائيلي ضد عمال المحجر قرب "
            "بلدة بيتا أمس، وأسفرت عن مقتل خمسة.")


def test_against_after_a_relative_pronoun_and_its_doer_is_the_target(monkeypatch):
    assert _pairs(MASSACRE) == [("الجيش الإسرائيلي", "عمال المحجر")]
    monkeypatch.setattr(roles_objects, "RELATIVE_PRONOUN_DOER", False)
    assert _pairs(MASSACRE) == [("الجيش الإسرائيلي", None)]


# --- NISBA_OBJECT ------------------------------------------------------------------------------------------------

NISBA = "غزة: وكالات\nوأسفر القصف الإسرائيلي لمنازل المدنيين شرق رفح عن مقتل شابين أمس."
NISBA_TIME = "غزة: وكالات\nوتواصل القصف الإسرائيلي لليوم السادس دون توقف على حي التفاح، وقتل فيه 4 أشخاص."


def test_lam_object_after_a_state_adjective_is_the_target(monkeypatch):
    assert _pairs(NISBA) == [("الجيش الإسرائيلي", "منازل المدنيين")]
    monkeypatch.setattr(roles_objects, "NISBA_OBJECT", False)
    assert _pairs(NISBA) == [("الجيش الإسرائيلي", "شابين")]  # pass 53: the dead, "مقتل شابين", are the fallback
    monkeypatch.setattr(roles_victims, "COUNTED_NOUN_VICTIM", False)
    assert _pairs(NISBA) == [("الجيش الإسرائيلي", None)]


def test_lam_of_time_is_no_target():
    assert all(t is None for _, t in _pairs(NISBA_TIME))


# --- ACCUSED_NOT_TARGET ------------------------------------------------------------------------------------------

ACCUSED = "أبوجا: وكالات\nاتهم حاكم الولاية الشرطة بالتقاعس قبل الهجوم الذي أسفر عن مقتل 12 قرويا في ولاية بورنو أمس."
CHARGE = ("صنعاء: وكالات\nواتهمت الحكومة اليمنية الحوثيين بقصف مواقع الجيش اليمني في مديرية نهم أمس، ما أسفر عن "
          "مقتل 3 جنود.")


def test_accused_force_is_no_target(monkeypatch):
    assert _pairs(ACCUSED) == [(None, "قرويا")]
    monkeypatch.setattr(roles_targets, "ACCUSED_NOT_TARGET", False)
    assert _pairs(ACCUSED) == [(None, "الشرطة النيجيرية")]


def test_force_after_the_charge_is_still_the_target():
    assert _pairs(CHARGE) == [(None, "مواقع الجيش اليمني")]


# --- COUNT_OF_MEMBERS and PRONOUN_BETWEEN ------------------------------------------------------------------------

MEMBERS = "تعز: وكالات\nوقتل 4 من عناصر المقاومة أمس في معارك عنيفة بينها وبين الحوثيين غرب مديرية الوازعية."
SOLDIERS = "عدن: وكالات\nوقتل 3 جنود أمس في مواجهات بينهم وبين مسلحي تنظيم القاعدة شرق مدينة زنجبار."
OTHER_DEAD = "تعز: وكالات\nوأعلنت المقاومة مقتل 15 حوثيا في معارك عنيفة بينها وبين الحوثيين غرب مديرية الوازعية أمس."


def test_count_of_members_reads_their_group(monkeypatch):
    assert _pairs(MEMBERS) == [("الحوثيين", "عناصر المقاومة")]
    monkeypatch.setattr(roles_targets, "COUNT_OF_MEMBERS", False)
    assert _pairs(MEMBERS) == [("الحوثيين", None)]


@pytest.mark.parametrize(("text", "doer"), [(MEMBERS, "الحوثيين"), (SOLDIERS, "تنظيم القاعدة")])
def test_pronoun_side_of_a_clash_leaves_the_other_side_as_doer(monkeypatch, text, doer):
    assert _pairs(text)[0][0] == doer
    monkeypatch.setattr(roles_sides, "PRONOUN_BETWEEN", False)
    assert _pairs(text)[0][0] is None


def test_pronoun_side_is_not_read_when_the_dead_are_the_named_side():
    assert _pairs(OTHER_DEAD)[0][0] is None


# --- UNKNOWN_NATURE ----------------------------------------------------------------------------------------------

UNKNOWN = ("أضنة: وكالات\nوتبنى تنظيم داعش التفجير الانتحاري الذي أوقع 12 قتيلا الأحد في بلدة جيهان.\nوفي سياق "
           "آخر، عثر على جنديين مقتولين في منزلهما بولاية ماردين أمس، وذكر الوالي أن السلطات لم تعرف دوافع "
           "مقتلهما حتى الآن.")
UNKNOWN_WHETHER = ("أضنة: وكالات\nوتبنى تنظيم داعش التفجير الانتحاري الذي أوقع 12 قتيلا الأحد في بلدة جيهان.\n"
                   "وعثر أمس على جنديين مقتولين في منزلهما بولاية ماردين، ولم يتبين للمحققين ما إذا كانت الوفاة "
                   "عملا إرهابيا.")


@pytest.mark.parametrize("text", [UNKNOWN, UNKNOWN_WHETHER])
def test_incident_of_unknown_nature_takes_no_claim_of_another(monkeypatch, text):
    assert [p for p, _ in _pairs(text)] == ["داعش", None]
    monkeypatch.setattr(roles_claims, "UNKNOWN_NATURE", False)
    assert [p for p, _ in _pairs(text)] == ["داعش", "داعش"]


# --- SUFFERED_REPORT ---------------------------------------------------------------------------------------------

FOUND = "غزني: وكالات\nقالت الشرطة الأفغانية إنها عثرت على جثث 5 مدنيين قتلوا برصاص مسلحين في ولاية غزني أمس."
CAME_UNDER = ("غزني: وكالات\nوقالت الشرطة الأفغانية أنها تعرضت لهجوم بقذائف الهاون في ولاية غزني أمس أسفر عن "
              "مقتل 3 من أفرادها.")
LOOKS_INTO = "كويتا: وكالات\nأعلنت الشرطة الأفغانية أنها تحقق في هجوم أسفر عن مقتل 4 أشخاص في مدينة هرات أمس."


@pytest.mark.parametrize("text", [FOUND, CAME_UNDER, LOOKS_INTO])
def test_speaker_that_found_or_suffered_is_no_doer(monkeypatch, text):
    assert _pairs(text)[0][0] is None
    monkeypatch.setattr(roles_reports, "SUFFERED_REPORT", False)
    assert _pairs(text)[0][0] == "الشرطة الأفغانية"


# --- the move ----------------------------------------------------------------------------------------------------

def test_carried_doer_still_read_through_roles_perpetrator():
    from marsad.agent.offline import roles_implicit
    assert rp._carried_doer is roles_implicit._carried_doer


# --- registry forms and the subject noun "مقاتلو" ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "doer"), [
    ("القصرين: وكالات\nوهاجم مسلحون من كتيبة عقبة بن نافع دورية للجيش التونسي في جبل سمامة أمس، ما أسفر عن مقتل "
     "جنديين.", "كتيبة عقبة بن نافع"),
    ("رفح: وكالات\nوقصفت المدفعية الإسرائيلية موقعا للمراقبة شرق بلدة القرارة أمس، ما أسفر عن مقتل شاب.",
     "الجيش الإسرائيلي"),
    ("حماة: وكالات\nوقتل 7 مدنيين في غارات شنها الطيران السوري على بلدة كفرزيتا أمس.", "سلاح الجو السوري"),
    ("الرمادي: وكالات\nوقتل 12 من عناصر داعش في غارات شنها الطيران العراقي على مواقعهم قرب بلدة هيت أمس.",
     "القوة الجوية العراقية"),
    ("بيدوا: وكالات\nوهاجم مقاتلو الشباب المجاهدين قاعدة عسكرية في بلدة برديرة أمس، وقتل 5 جنود.", "حركة الشباب"),
])
def test_registry_reads_more_forms_of_real_forces(text, doer):
    assert _pairs(text)[0][0] == doer


def test_fighters_noun_before_a_group_is_the_subject_not_the_target():
    text = "بيدوا: وكالات\nوهاجم مقاتلو حركة الشباب قاعدة عسكرية في بلدة برديرة أمس، وقتل 5 جنود."
    assert _pairs(text) == [("حركة الشباب", "قاعدة")]


# --- object stops of purpose, possessed subject nouns, WAGED_SIDE -----------------------------------------------

RAID = "نابلس: وكالات\nوقتل شاب فلسطيني برصاص الجيش الإسرائيلي فجر اليوم بعد أن اقتحم جنوده مخيم بلاطة لاعتقال مطلوبين."


def test_purpose_phrase_and_possessed_subject_are_not_the_target():
    assert _pairs(RAID) == [("الجيش الإسرائيلي", "مخيم بلاطة")]


WAGED = "مأرب: وكالات\nوأسفرت المواجهات التي خاضها الجيش الوطني أمس في مديرية صرواح عن مقتل 14 عنصرا من الميليشيات المتمردة."
WAGED_OWN_DEAD = "مأرب: وكالات\nوقتل 5 جنود في المعارك التي خاضها الجيش ضد الحوثيين في مديرية صرواح أمس."


def test_side_that_waged_the_battle_is_the_doer(monkeypatch):
    from marsad.agent.offline import roles_waged
    assert _pairs(WAGED) == [("الجيش اليمني", "عنصرا من الميليشيات المتمردة")]
    monkeypatch.setattr(roles_waged, "WAGED_SIDE", False)
    from marsad.agent.offline import roles_targets
    monkeypatch.setattr(roles_targets, "CLASH_NO_FORCE", False)  # (pass 64: a battle with no doer read takes no force
    # of its sentence as its target; the counted dead are read instead)
    assert _pairs(WAGED) == [(None, "الجيش اليمني")]


def test_waging_side_is_not_read_when_the_dead_come_first():
    assert _pairs(WAGED_OWN_DEAD)[0][0] is None


# --- LEFT_BY ------------------------------------------------------------------------------------------------------

LEFT = "تعز: وكالات\nوأصيب طفلان بانفجار لغم أرضي من مخلفات الميليشيات الحوثية في مديرية الوازعية أمس."
MINE_NISBA = "تعز: وكالات\nوقتل راع بانفجار لغم حوثي في منطقة الكدحة أمس."
WAR_LEFTOVER = "تعز: وكالات\nوقتل راع بانفجار لغم من مخلفات الحرب في منطقة الكدحة أمس."


def test_side_that_left_the_mine_is_the_doer(monkeypatch):
    assert _pairs(LEFT)[0][0] == "الحوثيين"
    monkeypatch.setattr(rp, "LEFT_BY", False)
    assert _pairs(LEFT)[0][0] is None


def test_mine_with_a_side_adjective_keeps_its_doer():
    assert _pairs(MINE_NISBA)[0][0] == "الحوثيين"


def test_leftover_of_a_war_names_no_doer():
    assert _pairs(WAR_LEFTOVER)[0][0] is None
