"""Session 33: the doer of attacks as Saudi-paper news about Iraq, Syria and Yemen writes it, on sentences written
for the tests (no corpus text).

- An armed group right after a finite verb of attacking that opens its clause is the verb's subject, the doer:
  "هاجم تنظيم داعش بلدة ...، ما أدى إلى مقتل 6" (``roles_subjects.VERB_FIRST_GROUP``); not when a subject stands
  before the verb ("القوات العراقية هاجمت داعش").
- Two forces joined by "و" before a dual or plural verb of attacking both did it; the one named first is the doer
  ("طيران التحالف الدولي والقوة الجوية العراقية نفذا 12 ضربة", ``roles_subjects.PAIR_SUBJECT``); not the two
  sides of a clash told after "بين", nor the parts of a force told after "من".
- In news about Yemen "الثوار" are the Popular Resistance, in news about Syria the armed opposition; there
  "النظام" is the regime's forces and "الفصائل المقاتلة" the opposition factions (``country_epithet_doers``);
  "مقاتلو المقاومة" is the resistance told by its fighters (``epithet_subject_nouns``).
- Two or more men told after a verb of doing that carries the event's pronoun are the doers, not a count of dead:
  "عملية انتحارية نفذها عنصران من تنظيم داعش" (``roles_subjects.CUED_MEMBERS``).
- A force whose earlier verbs fend an attack off, or whose own men a joined killing verb counts ("أحبطت قوات
  الحشد هجوما ... وقتل 3 من عناصرها"), is not the doer its chain of verbs would give
  (``roles_perpetrator.CHAIN_NOT_DEFENDER``).
- Aircraft told as "الطيران ... التابع لـ" a force are that force's (``unit_nouns``).
- The side after "مع" in a battle with its dead may be named by such a country epithet
  (``roles_sides.CLASH_EPITHET``).
- "بارزاني" alone is Masoud Barzani, president of the Kurdistan Region from 2005 to 2017 (lexicon roles).
- Aircraft that drop barrel bombs ("ألقت مروحيات النظام براميل متفجرة") are the doer, as firing verbs make theirs
  (``fire_verbs``, ``fire_nouns``); "ألقت الشرطة القبض" fires nothing.
"""

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import roles_perpetrator as rp
from marsad.agent.offline import roles_sides as rsd
from marsad.agent.offline import roles_subjects as rs
from marsad.schemas import Document

DAY = "2015-08-05"

ISIS_VERB_FIRST = "هاجم تنظيم داعش أمس بلدة العلم شرق تكريت، ما أدى إلى مقتل 5 من سكانها وإصابة 9 آخرين."
ISIS_VERB_FIRST_FRONTED = "وفي محافظة نينوى، هاجم داعش أمس قرية تل الريم، ما أسفر عن مقتل 4 من حراسها."
SHABAAB_VERB_FIRST = "هاجمت حركة الشباب أمس معسكرا للجيش في إقليم باي، ما أدى إلى مقتل 7 جنود."
PKK_BLEW = "فجر حزب العمال الكردستاني أمس عربة عسكرية في ولاية ماردين، ما أدى إلى مقتل 3 جنود أتراك."
ISIS_AS_OBJECT = "وقالت قيادة العمليات إنها هاجمت داعش أمس في ناحية الصقور، ما أدى إلى مقتل 6 من عناصره."

PAIR_AIR = "قالت مصادر أمنية إن طيران التحالف الدولي والقوة الجوية العراقية نفذا أمس 12 ضربة على مواقع داعش في هيت."
PAIR_BETWEEN = "قتل 9 أشخاص أمس في اشتباكات بين الجيش العراقي وداعش شنا خلالها هجمات متبادلة قرب بيجي."

YEMEN_REBELS = ("عدن: الوطن\nشن الثوار أمس هجوما على مواقع ميليشيا الحوثي في حي الروضة بمدينة تعز اليمنية، "
                "ما أسفر عن مقتل 8 منهم.")
YEMEN_FIGHTERS = ("عدن: الوطن\nهاجم مقاتلو المقاومة أمس مواقع الحوثيين في منطقة الضالع اليمنية، "
                  "ما أسفر عن مقتل 6 منهم.")
SYRIA_FACTIONS = ("دمشق: وكالات\nوفي حمص، سقطت قذائف أطلقتها الفصائل المقاتلة على حي الزهراء في سوريا، "
                  "ما أدى إلى مقتل 4 أشخاص.")
SYRIA_REGIME = "دمشق: وكالات\nقتل 7 مدنيين أمس في قصف للنظام على بلدة كفرنبل بريف إدلب في سوريا."
SYRIA_BARRELS = ("دمشق: وكالات\nألقت طائرات النظام أمس براميل متفجرة على مدينة الرستن بريف حمص في سوريا، "
                 "ما أدى إلى مقتل 9 مدنيين.")
ARREST = "ألقت الشرطة القبض أمس على 4 مطلوبين في البصرة بعد مقتل شرطي في هجوم مسلح."


def _perps(text: str) -> list[str | None]:
    r = OfflineExtractor().extract(Document(doc_id="snn:t-s33", title=None, text=text, published=DAY))
    return [a.perpetrator for a in r.attacks]


@pytest.mark.parametrize("text,doer", [
    (ISIS_VERB_FIRST, "داعش"),
    (ISIS_VERB_FIRST_FRONTED, "داعش"),
    (SHABAAB_VERB_FIRST, "حركة الشباب"),
    (PKK_BLEW, "حزب العمال الكردستاني"),
])
def test_group_after_a_verb_opening_its_clause_is_the_doer(text, doer):
    assert _perps(text) == [doer]


def test_group_after_the_verb_of_a_told_subject_is_not_the_doer():
    assert "داعش" not in _perps(ISIS_AS_OBJECT)


def test_verb_first_group_switch_off(monkeypatch):
    monkeypatch.setattr(rs, "VERB_FIRST_GROUP", False)
    assert _perps(ISIS_VERB_FIRST) == [None]


def test_pair_before_a_dual_verb_gives_the_first():
    assert _perps(PAIR_AIR) == ["التحالف الدولي"]


def test_pair_switch_off(monkeypatch):
    monkeypatch.setattr(rs, "PAIR_SUBJECT", False)
    assert _perps(PAIR_AIR) == [None]


def test_pair_of_a_clash_is_no_doer(monkeypatch):
    # "و" joining the two sides of "بين" makes no pair of doers; since pass 46 (rsd.EITHER_SIDE, GUIDELINES D-31:
    # either side is accepted) the first side is the doer of fighting that names no attacker, so measure it off
    monkeypatch.setattr(rsd, "EITHER_SIDE", False)
    assert "الجيش العراقي" not in _perps(PAIR_BETWEEN)


@pytest.mark.parametrize("text,doer", [
    (YEMEN_REBELS, "المقاومة الشعبية"),
    (YEMEN_FIGHTERS, "المقاومة الشعبية"),
    (SYRIA_FACTIONS, "المعارضة السورية"),
    (SYRIA_REGIME, "قوات النظام السوري"),
    (SYRIA_BARRELS, "قوات النظام السوري"),
])
def test_country_epithets_and_barrel_bombs(text, doer):
    assert _perps(text) == [doer]


def test_arrest_fires_nothing():
    assert "الشرطة العراقية" not in _perps(ARREST)


DUAL_BOMBERS = "قتل 6 من الحراس أمس في عملية انتحارية نفذها عنصران من تنظيم داعش ضد مركز للشرطة في مدينة سامراء."
FOILED_OWN_LOSSES = ("أفشلت قوات البيشمركة أمس هجوما انتحاريا بثلاث عربات مفخخة على مواقعها قرب سنجار، "
                     "وقتل 2 من عناصرها.")
HELICOPTERS_OF = "دمشق: وكالات\nقتل 8 مدنيين أمس في قصف شنه الطيران المروحي التابع لقوات الأسد على بلدة حريتان في سوريا."


def test_dual_bombers_of_a_group_are_its_men():
    assert _perps(DUAL_BOMBERS) == ["داعش"]


def test_dual_bombers_switch_off(monkeypatch):
    monkeypatch.setattr(rs, "CUED_MEMBERS", False)
    assert _perps(DUAL_BOMBERS) == [None]


def test_force_that_foiled_the_attack_is_no_doer():
    assert _perps(FOILED_OWN_LOSSES) == [None]


def test_force_that_foiled_switch_off(monkeypatch):
    monkeypatch.setattr(rp, "CHAIN_NOT_DEFENDER", False)
    assert _perps(FOILED_OWN_LOSSES) == ["البيشمركة"]


def test_aircraft_belonging_to_a_force():
    assert _perps(HELICOPTERS_OF) == ["قوات النظام السوري"]


BARZANI = "واتفق العبادي وبارزاني أمس على تشكيل لجنة أمنية مشتركة لتنسيق عمليات تحرير نينوى."


def test_bare_barzani_is_the_region_president_in_2015():
    r = OfflineExtractor().extract(Document(doc_id="snn:t-s33", title=None, text=BARZANI, published=DAY))
    assert ("بارزاني", "رئيس إقليم كردستان العراق") in [(a.name, a.role) for a in r.actors]


CLASH_REBELS = "عدن: الوطن\nسقط 7 قتلى من الحوثيين أمس في معارك عنيفة مع الثوار في جبل حبشي بمحافظة تعز اليمنية."


def test_rebels_in_yemen_fight_as_the_resistance():
    assert _perps(CLASH_REBELS) == ["المقاومة الشعبية"]


def test_rebels_epithet_switch_off(monkeypatch):
    monkeypatch.setattr(rsd, "CLASH_EPITHET", False)
    assert _perps(CLASH_REBELS) == [None]
