"""Session 32: Saudi-paper news: Riyadh as a state, the dateline a story is filed under, and the given name "بدر",
on sentences written for the tests (no corpus text).

- "الرياض" stands for the Saudi government when it acts ("واتفقت الرياض ولندن")، like the other capitals
  (``actors.json`` ``state_capitals``).
- A capital or country in the dateline at the head of one of a story's first lines ("وكالة- الرياض:"،
  "صحيفة اليوم – الرياض" alone on its line, "الرياض – واس", "(الرياض)") is no state acting and no party
  (``actors_states.DATELINES``).
- A foreign city's name that is also a home town marked ambiguous ("الرياض" in Kirkuk) is that town in news naming
  other places of its governorate: no state, and an Iraqi location (``context.HOME_NAMESAKES``).
- "بدر" alone is a man's name, not the Badr Organization; the group is "منظمة بدر"، "فيلق بدر"، "قوات بدر"،
  "ميليشيا بدر" (lexicon ``badr``).
"""

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import actors_states as st
from marsad.schemas import Document

DAY = "2015-08-02"

RIYADH_PARTY = "واتفقت الرياض ولندن أمس على توسيع التعاون الأمني لمكافحة تمويل الإرهاب خلال زيارة الوزير البريطاني."
RIYADH_WELCOMES = "ورحبت الرياض بالخطوة التي أعلنتها عمّان لتأمين الحدود."
DATELINE_COLON = "وكالة- الرياض: وقعت وزارة الداخلية مذكرة تفاهم مع الشرطة الإيطالية لتبادل المعلومات الأمنية."
DATELINE_LINE = "صحيفة اليوم – الرياض\nأعلنت وزارة الداخلية القبض على خلية من ستة أشخاص تابعة لتنظيم داعش."
DATELINE_AGENCY = "الرياض – واس\nوقعت المملكة العربية السعودية والأردن اتفاقية للتعاون العسكري أمس."
DATELINE_BRACKETS = "(الرياض) أعلنت السلطات القبض على ثمانية مطلوبين."
LATER_LINE = ("قال مسؤولون إن المحادثات تواصلت.\nوأكد المتحدث أن الجانبين ناقشا الملفات.\nوذكر أن الوفد عاد.\n"
              "الرياض – وأنقرة اتفقتا على تنسيق المواقف.")

NAME_MINISTER = "وقال وزير الخارجية بدر عبدالعاطي إن بلاده تدين الهجوم على المسجد."
NAME_MAJOR = "وقال المتحدث باسم الشرطة الرائد بدر الشهري إن الدوريات طوقت الموقع."
BADR_MILITIA = "وقال قيادي في ميليشيا بدر إن مقاتليه سيطروا على قرية شمال سامراء بعد معارك مع داعش."
BADR_FORCES = "واتهم شيوخ العشائر قوات بدر بإحراق منازل في قرية قرب بيجي."
BADR_ORG = "وشاركت منظمة بدر وكتائب حزب الله في الهجوم على مواقع داعش جنوب تكريت."


def _rec(text: str):
    return OfflineExtractor().extract(Document(doc_id="snn:t-s32", title=None, text=text, published=DAY))


def _actors(text: str) -> list[str]:
    return [a.name for a in _rec(text).actors]


def _parties(text: str) -> list[list[str]]:
    return [g.parties for g in _rec(text).agreements]


def test_riyadh_is_a_party_of_an_agreement():
    assert any("السعودية" in p and "المملكة المتحدة" in p or "السعودية" in p and "بريطانيا" in p
               for p in _parties(RIYADH_PARTY))
    assert "الرياض" in _actors(RIYADH_PARTY)


def test_riyadh_welcoming_is_a_state_actor():
    assert "الرياض" in _actors(RIYADH_WELCOMES)


@pytest.mark.parametrize("text", [DATELINE_COLON, DATELINE_LINE, DATELINE_AGENCY, DATELINE_BRACKETS])
def test_a_dateline_is_no_state(text):
    assert "الرياض" not in _actors(text)
    assert not any("السعودية" in p and "المملكة العربية السعودية" not in text for p in _parties(text))


def test_dateline_parties_stay_the_signers():
    assert ["وزارة الداخلية", "الشرطة الإيطالية"] in _parties(DATELINE_COLON)


def test_dateline_rule_reads_only_the_head_of_the_first_lines():
    assert not st._dateline_at(LATER_LINE, LATER_LINE.index("الرياض"), LATER_LINE.index("الرياض") + 6)
    assert st._dateline_at(DATELINE_AGENCY, 0, 6)


def test_dateline_switch_off(monkeypatch):
    monkeypatch.setattr(st, "DATELINES", False)
    assert "الرياض" in _actors(DATELINE_BRACKETS)


@pytest.mark.parametrize("text, name", [(NAME_MINISTER, "بدر عبدالعاطي"), (NAME_MAJOR, "بدر الشهري")])
def test_badr_as_a_given_name_is_a_person(text, name):
    names = _actors(text)
    assert name in names
    assert "منظمة بدر" not in names and "بدر" not in names


@pytest.mark.parametrize("text, name", [(BADR_MILITIA, "ميليشيا بدر"), (BADR_FORCES, "قوات بدر"), (BADR_ORG, "منظمة بدر")])
def test_badr_organization_by_its_group_names(text, name):
    assert name in _actors(text)


HAWIJA_TOWN = ("وقال مصدر في الحشد الشعبي إن القوات تقدمت نحو قضاء الحويجة، وإن مسلحي داعش هاجموا الرياض والعباسي "
               "فجر اليوم.")
KIRKUK_TOWN_ACTS = "وذكر مصدر أمني في كركوك أن الحويجة شهدت معارك، وأن الرياض شهدت نزوحا واسعا."


def test_home_namesake_in_news_of_its_governorate():
    rec = _rec(HAWIJA_TOWN)
    assert "الرياض" not in [a.name for a in rec.actors]
    locs = [a.location for a in rec.attacks if a.location and a.location.name == "الرياض"]
    assert locs and all(loc.country == "IQ" and loc.governorate == "Kirkuk" for loc in locs)


def test_home_namesake_is_no_state():
    assert "الرياض" not in _actors(KIRKUK_TOWN_ACTS)


def test_home_namesake_switch_off(monkeypatch):
    from marsad.agent.offline import context as cx
    monkeypatch.setattr(cx, "HOME_NAMESAKES", False)
    locs = [a.location for a in _rec(HAWIJA_TOWN).attacks if a.location and a.location.name == "الرياض"]
    assert locs and all(loc.country == "SA" for loc in locs)


FORCES_WRITTEN = "وقتلت القوات العراقية، أمس، 45 داعشيا في معارك بمحيط مصفاة بيجي."
FORCES_WRITTEN_ATTACK = "وشنت القوات العراقية هجوما على مواقع داعش قرب سامراء وقتلت 17 منهم."
ARMY_WRITTEN = "وشن الجيش العراقي هجوما على مواقع داعش قرب سامراء وقتل 17 منهم."
TRIBES_DOERS = "وشن أبناء العشائر هجوما على مواقع التنظيم في ناحية كبيسة وقتلوا 11 من عناصره."
PMF_MILITIAS = "وقالت مصادر إن ميليشيات الحشد الشعبي أحرقت منازل في قرية شرقي تكريت."


def test_iraqi_forces_as_written_are_the_security_forces():
    assert _doers(FORCES_WRITTEN) == ["القوات الأمنية العراقية"]
    assert _doers(FORCES_WRITTEN_ATTACK) == ["القوات الأمنية العراقية"]


def test_the_army_as_written_stays_the_army():
    assert _doers(ARMY_WRITTEN) == ["الجيش العراقي"]


def test_written_forces_switch_off(monkeypatch):
    from marsad.agent.offline import roles_forces as rf
    monkeypatch.setattr(rf, "WRITTEN_FORCES", False)
    assert _doers(FORCES_WRITTEN) == ["الجيش العراقي"]


def test_tribesmen_as_doers_are_the_tribal_fighters():
    assert _doers(TRIBES_DOERS) == ["الحشد العشائري"]


def test_pmf_called_militias_is_the_pmf():
    from marsad.core.lexicon import get_lexicon
    assert [e.id for e in get_lexicon().lookup_ar("ميليشيات الحشد الشعبي")] == ["pmf"]
    assert [e.id for e in get_lexicon().lookup_ar("أفواج متطوعي العشائر")] == ["tribal_mobilization"]


def _doers(text: str) -> list:
    return [a.perpetrator for a in _rec(text).attacks]


CLAIM_BESIDE_RAIDS = ("وأكدت الحكومة الباكستانية أنها ستواصل الغارات على المتمردين، خصوصا بعد تبني حركة طالبان الخميس "
                      "قتل ثلاثة جنود عثر على جثثهم قرب الحدود الأفغانية.")
GROUP_STRUCK = "وقتلت طائرات التحالف ثلاثة قادة من ميليشيا الحوثي في غارة على مواقعهم في صعدة."


def test_a_group_that_claims_keeps_its_act_told_beside_raids():
    recs = _rec(CLAIM_BESIDE_RAIDS).attacks
    assert [(a.perpetrator, a.attack_type) for a in recs] == [("حركة طالبان", "other")]


def test_a_group_struck_from_the_air_is_no_doer():
    assert _doers(GROUP_STRUCK) == ["التحالف العربي"]


def test_group_keeps_doer_switch_off(monkeypatch):
    from marsad.agent.offline import attacks_records as ar
    monkeypatch.setattr(ar, "GROUP_KEEPS_DOER", False)
    assert _doers(CLAIM_BESIDE_RAIDS) == [None]


KURDISH_REBELS = "وأصيب ثلاثة من حراس الحدود الأتراك في هجوم بالأسلحة الرشاشة شنه متمردون أكراد على مخفر في ولاية وان."


def test_kurdish_rebels_in_turkey_are_the_pkk():
    assert _doers(KURDISH_REBELS) == ["حزب العمال الكردستاني"]
