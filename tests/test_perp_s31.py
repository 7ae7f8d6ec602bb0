"""Session 31: doers named as a coalition's leader and as a force with any country's adjective, on sentences
written for the tests (no corpus text).

- A state after a word of leading ("التحالف الذي تقوده فرنسا"، "تحالف تقوده الولايات المتحدة")
  leads the doer: the coalition is the perpetrator, not the state's own forces; a state that struck "مع شركائها"
  stands for the coalition as "<state> وحلفاؤها" does (``roles_forces.LED_COALITIONS``).
- Any country's adjective after a force noun names that state's forces, from the country gazetteer when the
  ``nisba_doers`` table does not list it ("القوات الألمانية"، "سلاح الجو الفرنسي"، "البحرية المصرية";
  ``roles_forces.ANY_STATE_NISBA``).
"""

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import roles_claims as rc
from marsad.agent.offline import roles_forces as rf
from marsad.agent.offline import roles_subjects as rs
from marsad.schemas import Document

DAY = "2015-09-14"

LED_DEFINITE = (
    "وأفاد بيان للجيش الأمريكي بأن التحالف الذي تقوده الولايات المتحدة شن 23 ضربة على أهداف للتنظيم حول "
    "مدينة الحويجة يوم الأحد."
)
LED_INDEFINITE = "وشن تحالف تقوده الولايات المتحدة نحو 40 غارة جوية على مواقع التنظيم في شمال العراق الأسبوع الماضي."
LED_SAUDI = "وشن التحالف الذي تقوده السعودية أمس غارات على مخازن أسلحة للحوثيين في محافظة عمران."
PARTNERS = "وأضاف البيان أن الولايات المتحدة شنت مع شركائها 14 ضربة على مقرات للتنظيم حول مدينة الرقة."
STATE_ALONE = "وقصفت الولايات المتحدة مواقع لحركة الشباب في جنوب الصومال فجر الاثنين."
LED_NOT_DOER = "وانضمت كندا إلى التحالف الذي تقوده الولايات المتحدة، وقتل أربعة مدنيين في غارة على قرية قرب الرقة."

AIR_ARM = "وقصف سلاح الجو الفرنسي مساء الأربعاء مخزنا للذخيرة تابعا للتنظيم قرب مدينة الرقة."
NAVY = "وقصفت البحرية المصرية فجر الجمعة مواقع للمسلحين قرب مدينة سرت."
NO_TABLE_STATE = "وشنت القوات الألمانية هجوما على مواقع لحركة طالبان في ولاية قندوز أمس أسفر عن مقتل 9 مسلحين."
MADE_IN = "وقتل ثلاثة جنود في انفجار عبوة ناسفة زرعها مسلحون على طريق في ولاية قندوز أمس."


def _doers(text: str) -> list:
    rec = OfflineExtractor().extract(Document(doc_id="t-s31", title=None, text=text, published=DAY))
    return [a.perpetrator for a in rec.attacks]


@pytest.mark.parametrize("text", [LED_DEFINITE, LED_INDEFINITE, PARTNERS])
def test_us_led_coalition_is_the_doer(text):
    assert _doers(text) == ["التحالف الدولي"]


def test_saudi_led_coalition_is_the_doer():
    assert _doers(LED_SAUDI) == ["التحالف العربي"]


def test_state_alone_stays_its_forces():
    assert _doers(STATE_ALONE) == ["القوات الأمريكية"]


def test_leader_named_in_another_clause_is_no_doer():
    assert _doers(LED_NOT_DOER) == [None]


def test_led_coalition_switch_off_gives_the_state(monkeypatch):
    monkeypatch.setattr(rf, "LED_COALITIONS", False)
    assert _doers(LED_DEFINITE) == ["القوات الأمريكية"]
    assert _doers(LED_INDEFINITE) == [None]


def test_air_arm_and_navy_with_a_state_adjective():
    assert _doers(AIR_ARM) == ["الجيش الفرنسي"]
    assert _doers(NAVY) == ["الجيش المصري"]


def test_state_without_table_line_is_read_from_the_gazetteer():
    assert _doers(NO_TABLE_STATE) == ["القوات الألمانية"]
    assert _doers(MADE_IN) == [None]


def test_any_state_switch_off(monkeypatch):
    monkeypatch.setattr(rf, "ANY_STATE_NISBA", False)
    assert _doers(NO_TABLE_STATE) == [None]
    assert _doers(AIR_ARM) == [None]


# --- a force named with the forces it is made of, and an aircraft's model between the doer and its verb
COMPONENTS = (
    "وأعلن المتحدث باسم قيادة العمليات أن القوات الأمنية من الجيش والحشد الشعبي نفذوا عملية واسعة فجر الثلاثاء "
    "استهدفت أوكار تنظيم داعش في قرية البو شجل وتمكنت من قتل عشرات المسلحين."
)
MODEL = (
    "وأفاد شهود بأن طائرات الاحتلال من طراز إف 16 قصفت بصاروخين مخزنا زراعيا غرب مدينة خان يونس ليل "
    "السبت، ما ألحق أضرارا بالمكان."
)


def test_force_told_with_its_components_is_the_subject():
    assert _doers(COMPONENTS) == ["القوات الأمنية العراقية"]


def test_force_components_switch_off(monkeypatch):
    monkeypatch.setattr(rs, "FORCE_COMPONENTS", False)
    assert _doers(COMPONENTS) == [None]


def test_aircraft_model_between_epithet_and_verb():
    assert _doers(MODEL) == ["الجيش الإسرائيلي"]


def test_aircraft_model_switch_off(monkeypatch):
    monkeypatch.setattr(rf, "AIRCRAFT_MODEL", False)
    assert _doers(MODEL) == [None]


# --- a claim of a share of a set of attacks names no doer for the article's incident
SHARE = (
    "قتل شرطي في تبادل لإطلاق النار مع مسلح في مدينة القصرين أمس. وتزايدت الهجمات المسلحة في البلاد منذ مطلع "
    "العام، وتبنى تنظيم داعش غالبية هذه الهجمات."
)
WHOLE_CLAIM = (
    "وقتل خمسة جنود في انفجار عبوة ناسفة استهدف دوريتهم قرب مدينة القصرين أمس. "
    "وتبنى تنظيم داعش الهجوم في بيان على الإنترنت."
)


def test_share_of_attacks_claimed_gives_no_doer():
    assert _doers(SHARE) == [None]


def test_whole_claim_still_names_the_doer():
    assert _doers(WHOLE_CLAIM) == ["داعش"]


def test_claim_share_switch_off(monkeypatch):
    monkeypatch.setattr(rc, "CLAIM_SHARE", False)
    assert _doers(SHARE) == ["داعش"]


# --- a bare group noun told as the doer is the one armed group the article named before
ANAPHOR_VSO = (
    "ويسيطر تنظيم داعش على أحياء في مدينة هيت منذ أشهر. وشن التنظيم فجر الاثنين هجوما على مقر للشرطة "
    "في حي البكر، ما أسفر عن مقتل 6 من عناصر الشرطة."
)
ANAPHOR_CUED = (
    "ويسيطر تنظيم داعش على قضاء الشرقاط منذ عام. وقتل 3 جنود في هجوم شنه التنظيم على نقطة مراقبة "
    "جنوب القضاء مساء الأحد."
)
ANAPHOR_VICTIM = (
    "ويسيطر تنظيم داعش على قضاء الشرقاط منذ عام. وقتلت القوات العراقية 14 من عناصر التنظيم في قصف "
    "على مواقعهم جنوب القضاء مساء الأحد."
)
TWO_GROUPS = (
    "وتقاتل جبهة النصرة وتنظيم داعش في ريف حلب منذ أشهر. وشن التنظيم فجر الاثنين هجوما على بلدة "
    "مارع، ما أسفر عن مقتل 9 مقاتلين."
)


def test_group_noun_after_its_verb_is_the_named_group():
    assert _doers(ANAPHOR_VSO) == ["داعش"]


def test_group_noun_after_a_carrying_verb_is_the_named_group():
    assert _doers(ANAPHOR_CUED) == ["داعش"]


def test_group_noun_counted_dead_is_no_doer():
    assert "داعش" not in _doers(ANAPHOR_VICTIM)


def test_group_noun_with_two_groups_named_is_nobody():
    assert _doers(TWO_GROUPS) == [None]


def test_anaphor_switch_off(monkeypatch):
    monkeypatch.setattr(rf, "ANAPHOR_DOERS", False)
    assert _doers(ANAPHOR_VSO) == [None]
    assert _doers(ANAPHOR_CUED) == [None]


INDEFINITE_IRAQI = "ونفذت طائرات عراقية من طراز سوخوي ضربات على مواقع التنظيم في جزيرة سامراء فجر الخميس."
INDEFINITE_NO_ENTRY = "وشنت طائرات ألمانية غارات على مواقع التنظيم قرب مدينة منبج فجر الخميس."


def test_indefinite_state_adjective_after_aircraft():
    assert _doers(INDEFINITE_IRAQI) == ["القوة الجوية العراقية"]
    assert _doers(INDEFINITE_NO_ENTRY) == ["القوات الألمانية"]
