"""Pass 39 (fields of attack records): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import attacks_records as ar
from marsad.agent.offline import frames as fr
from marsad.schemas import Document


@pytest.fixture(scope="module")
def ex() -> OfflineExtractor:
    return OfflineExtractor()


def _attacks(ex: OfflineExtractor, text: str):
    return ex.extract(Document(doc_id="t39f", text=text, published="2020-03-11")).attacks


# PRONOUN_BLOW: "بضربه" (beating him) is no strike ("ضربة") ---------------------------------------------------------

BEATEN = "ذكرت عائلة الشاب أن دورية اعتقلته مساء أمس قرب قلقيلية وانهالت عليه بضربه على ظهره ويديه."
STRUCK = "قال مصدر محلي إن ثلاثة مسلحين قتلوا في ضربة نفذتها طائرة مسيرة قرب بلدة الميادين أمس."


def test_beating_him_is_no_air_strike(ex):
    assert all(a.attack_type != "airstrike" for a in _attacks(ex, BEATEN))


def test_a_strike_with_ta_marbuta_stays_an_air_strike(ex):
    kinds = [a.attack_type for a in _attacks(ex, STRUCK)]
    assert kinds == ["airstrike"]


def test_beating_him_switch_off(ex, monkeypatch):
    monkeypatch.setattr(fr, "PRONOUN_BLOW", False)
    assert any(a.attack_type == "airstrike" for a in _attacks(ex, BEATEN))


def test_writer_without_ta_marbuta_keeps_the_strike(ex):
    # a sentence with no "ة" at all: "ضربه" may be the writer's spelling of "ضربة"
    text = "قتل اربعه مسلحين في ضربه نفذتها طائرات التحالف قرب الميادين امس."
    assert [a.attack_type for a in _attacks(ex, text)] == ["airstrike"]


# POLICE_RAID: "غارة" of a police force is a raid on the ground ---------------------------------------------------

RAID = "لقي خمسة أشخاص حتفهم في غارة للشرطة على مخبأ لعصابة تهريب في أطراف المدينة الليلة الماضية."


def test_police_raid_is_no_air_strike(ex):
    recs = _attacks(ex, RAID)
    assert recs and recs[0].attack_type == "armed_assault"


def test_coalition_raid_stays_an_air_strike(ex):
    text = "قتل ستة مسلحين في غارة لطائرات التحالف على مخزن للأسلحة قرب تلعفر أمس."
    recs = _attacks(ex, text)
    assert recs and recs[0].attack_type == "airstrike"


def test_police_raid_switch_off(ex, monkeypatch):
    monkeypatch.setattr(ar, "POLICE_RAID", False)
    recs = _attacks(ex, RAID)
    assert recs and recs[0].attack_type == "airstrike"


# SNIPER_VICTIM: a sniper told as the one killed is no sniper fire --------------------------------------------------


def test_sniper_killed_by_troops_is_no_sniper_fire(ex):
    text = "وأفاد بيان عسكري بأن وحدة من الجيش قتلت قناصا للتنظيم قرب جسر الصوفية صباح أمس."
    assert all(a.attack_type != "sniper" for a in _attacks(ex, text))


def test_death_of_a_sniper_is_no_sniper_fire(ex):
    text = "أعلنت قيادة الشرطة مقتل قناص من التنظيم في حي العسكري بمدينة الموصل مساء أمس."
    assert all(a.attack_type != "sniper" for a in _attacks(ex, text))


def test_sniper_fire_stays(ex):
    text = "قتل شرطي برصاص قناص قرب مبنى المحافظة في مدينة الرمادي صباح أمس."
    assert [a.attack_type for a in _attacks(ex, text)] == ["sniper"]


def test_sniper_as_subject_stays(ex):
    text = "قتل قناص شرطيا قرب مبنى المحافظة في مدينة الرمادي صباح أمس."
    assert [a.attack_type for a in _attacks(ex, text)] == ["sniper"]


def test_sniper_victim_switch_off(ex, monkeypatch):
    monkeypatch.setattr(fr, "SNIPER_VICTIM", False)
    text = "وأفاد بيان عسكري بأن وحدة من الجيش قتلت قناصا للتنظيم قرب جسر الصوفية صباح أمس."
    assert any(a.attack_type == "sniper" for a in _attacks(ex, text))


# air cues: helicopters are aircraft -------------------------------------------------------------------------------


def test_helicopter_shelling_is_an_air_strike(ex):
    text = "قصفت مروحيات الجيش مخابئ للمسلحين في وادي الشاي جنوب كركوك أمس."
    assert [a.attack_type for a in _attacks(ex, text)] == ["airstrike"]


def test_helicopter_missiles_are_an_air_strike(ex):
    text = "أطلقت مروحية عسكرية صاروخين على شاحنة تقل مسلحين قرب بلدة منبج مساء أمس."
    assert [a.attack_type for a in _attacks(ex, text)] == ["airstrike"]


def test_artillery_stays_shelling(ex):
    text = "قصفت مدفعية الجيش مخابئ للمسلحين في وادي الشاي جنوب كركوك أمس."
    assert [a.attack_type for a in _attacks(ex, text)] == ["shelling"]
