"""Session 34: the doer of attacks in real news, on sentences written for the tests (no corpus text).

- The antecedent of a relative clause that tells the attack is its doer: "حركة الشباب الصومالية التي قتلت 23
  جنديا" (``roles_forces.RELATIVE_SUBJECT``); not when the verb is a passive one ("الذين قتلوا في الغارة"),
  nor the side fought in a clash that killed the attackers ("اشتبكوا مع الشرطة التي قتلت 3 منهم").
- A doer cue before the noun of an epithet's men or craft ("بنيران زوارق الاحتلال") names the epithet's force
  (``roles_forces.EPITHET_HEAD_CUE``).
- An attack noun carrying its doer's pronoun after a masdar of going on refers to the force
  named before it (``roles_forces.POSSESSED_ATTACK``), the pronoun agreeing with it.
- The force right after a preposition carrying a pronoun that follows an attack or firing verb is its subject:
  "التي قصفت منها المليشيات"، "شنت عليها طائرات التحالف"، "أطلقت عليه قوات الاحتلال النار"
  (``roles_subjects.PP_SUBJECT``).
- A state (or "الاحتلال الإسرائيلي") right after the verb that opens its clause and told with "ب" + its means
  of attack ("وردت إسرائيل أمس بغارات") struck (``roles_forces.STATE_WITH_MEANS``); not after a verb of threat.
- "مهاجمة"، "اقتحام"، "اجتياح" are verbal nouns whose annexed force is the doer when an object follows
  (``roles_cues._MASDARS``).
- Registry: the forces of Libya's Government of National Accord; the Houthi-Saleh alliance's names; more names of
  the Syrian armed opposition, al-Shabaab, the YPG, Yemen's army and resistance, Turkey's jets, the Israeli navy and
  boats; English names of the Syrian army, the Turkish and Yemeni forces.
"""

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import roles_forces as rf
from marsad.agent.offline import roles_subjects as rs
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document

DAY = "2016-03-09"


def _perps(text: str) -> list[str | None]:
    r = OfflineExtractor().extract(Document(doc_id="snn:t-s34", title=None, text=text, published=DAY))
    return [a.perpetrator for a in r.attacks]


# RELATIVE_SUBJECT ------------------------------------------------------------------------------------------

SHABAAB_REL = ("كمبالا: وكالات\nوتشارك أوغندا في قتال حركة الشباب الصومالية التي قتلت 23 جنديا الشهر الماضي "
               "في قاعدة قرب مدينة كسمايو.")
ISIS_REL = "وتلاحق القوات العراقية تنظيم داعش الذي قتل 31 شخصا في تفجير سوق بمدينة الخالص قبل أسبوعين."
PASSIVE_REL = ("بغداد: وكالات\nوشنت طائرات التحالف الدولي أمس غارة على مواقع قرب القائم، وقال مصدر إن بين "
               "عناصر داعش الذين قتلوا في الغارة قياديين اثنين.")
FOUGHT_REL = "وهاجم مسلحون أمس حاجزا في مدينة سامراء واشتبكوا مع قوات الأمن العراقية التي قتلت 3 منهم."


@pytest.mark.parametrize("text,doer", [(SHABAAB_REL, "حركة الشباب"), (ISIS_REL, "داعش")])
def test_relative_clause_antecedent_is_the_doer(text, doer):
    assert _perps(text) == [doer]


def test_relative_subject_switch_off(monkeypatch):
    monkeypatch.setattr(rf, "RELATIVE_SUBJECT", False)
    assert _perps(SHABAAB_REL) == [None]


def test_passive_relative_verb_gives_no_doer():
    assert "داعش" not in _perps(PASSIVE_REL)


def test_side_that_killed_the_attackers_is_not_the_doer():
    assert _perps(FOUGHT_REL) == [None]


# EPITHET_HEAD_CUE ------------------------------------------------------------------------------------------

BOATS = "غزة: وكالات\nأصيب صيادان أمس بنيران زوارق الاحتلال قبالة ميناء الصيادين في مدينة غزة."
POLICE = "القدس: وكالات\nقتل شاب فلسطيني أمس برصاص شرطة الاحتلال قرب باب العامود في القدس."


@pytest.mark.parametrize("text", [BOATS, POLICE])
def test_cue_before_the_epithets_men_or_craft(text):
    assert _perps(text) == ["الجيش الإسرائيلي"]


def test_epithet_head_cue_switch_off(monkeypatch):
    monkeypatch.setattr(rf, "EPITHET_HEAD_CUE", False)
    assert _perps(POLICE) == [None]


# POSSESSED_ATTACK ------------------------------------------------------------------------------------------

POSSESSED = ("تعز: الوطن\nوكانت جماعة الحوثي المسلحة واجهت الهزائم التي لحقت بها في الريف بمواصلة قصفها "
             "المكثف لأحياء المدينة في تعز اليمنية، ما أدى إلى مقتل 9 مدنيين.")


def test_attack_noun_with_the_doers_pronoun():
    assert _perps(POSSESSED) == ["الحوثيين"]


def test_possessed_attack_switch_off(monkeypatch):
    monkeypatch.setattr(rf, "POSSESSED_ATTACK", False)
    assert _perps(POSSESSED) == [None]


def test_pronoun_must_agree_with_its_antecedent():
    # "قصفه" is masculine: "جماعة الحوثي" (feminine) is not what it refers to
    text = POSSESSED.replace("بمواصلة قصفها", "بمواصلة قصفه")
    assert _perps(text) == [None]


# masdars of attacking ----------------------------------------------------------------------------------------

NAVY = ("غزة: وكالات\nوقتل 3 صيادين في سبتمبر 2014 أثناء اقتحام قوات البحرية الإسرائيلية لقارب صيد "
        "قبالة شاطئ رفح.")


def test_force_annexed_to_a_masdar_of_attacking():
    assert _perps(NAVY) == ["الجيش الإسرائيلي"]


# registry ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("surface,entry_id", [
    ("الفصائل المعارضة", "syrian_opposition"),
    ("الجيش الحر", "free_syrian_army"),
    ("قوات المجلس الرئاسي", "gna_forces_ly"),
    ("قوات حكومة الوفاق", "gna_forces_ly"),
    ("الحوثيون وقوات صالح", "houthis"),
    ("ميليشيات الحوثي والمخلوع صالح", "houthis"),
    ("جماعة الشباب", "al_shabaab"),
    ("وحدات الحماية الكردية", "ypg"),
    ("بحرية الاحتلال", "israeli_army"),
    ("القوات الموالية لهادي", "army_ye"),
    ("المقاتلات التركية", "turkish_forces"),
])
def test_registry_names(surface, entry_id):
    assert entry_id in {e.id for e in get_lexicon().lookup_ar(surface) if e.kind == "actors"}


@pytest.mark.parametrize("surface,entry_id", [
    ("Free Syrian Army", "free_syrian_army"),
    ("Turkish Armed Forces", "turkish_forces"),
    ("Syrian Arab Army", "syrian_regime"),
])
def test_registry_english_names(surface, entry_id):
    assert entry_id in {e.id for e in get_lexicon().lookup_en(surface) if e.kind == "actors"}


# PP_SUBJECT --------------------------------------------------------------------------------------------------

ADEN_NAMED = "عدن: الوطن\nوما زالت ميليشيات الحوثي وقوات المخلوع صالح تحاصر أحياء المدينة الشمالية. "
PP_MILITIA = ADEN_NAMED + ("وتقدمت المقاومة أمس نحو تلة العروس التي قصفت منها المليشيات بالهاون حي المنصورة في "
                           "عدن، مما أدى إلى مقتل 6 مدنيين.")
PP_JETS = "عدن: الوطن\nوشنت عليها طائرات التحالف أمس غارات عدة في صعدة اليمنية أدت إلى مقتل 12 من الحوثيين."
PP_FIRE = "غزة: وكالات\nأطلقت عليه قوات الاحتلال النار أمس قرب حاجز قلنديا شمال القدس فأردته قتيلا."


@pytest.mark.parametrize("text,doer", [
    (PP_MILITIA, "الحوثيين"), (PP_JETS, "التحالف العربي"), (PP_FIRE, "الجيش الإسرائيلي")])
def test_subject_after_a_pronoun_phrase_is_the_doer(text, doer):
    assert _perps(text) == [doer]


@pytest.mark.parametrize("text", [PP_MILITIA, PP_JETS, PP_FIRE])
def test_pp_subject_switch_off(monkeypatch, text):
    monkeypatch.setattr(rs, "PP_SUBJECT", False)
    assert _perps(text) == [None]


# STATE_WITH_MEANS --------------------------------------------------------------------------------------------

ANSWERED_RAIDS = "غزة: وكالات\nوردت إسرائيل أمس بغارات على مواقع في بيت حانون بشمال قطاع غزة أدت إلى مقتل 3 فلسطينيين."
SURPRISED = "غزة: وكالات\nوفاجأ الاحتلال الإسرائيلي أمس الصيادين بغارة قبالة شاطئ دير البلح أدت إلى مقتل 2 منهم."
THREAT = "غزة: وكالات\nوهددت إسرائيل أمس بقصف مواقع في قطاع غزة إثر مقتل 3 من جنودها قرب السياج."


@pytest.mark.parametrize("text", [ANSWERED_RAIDS, SURPRISED])
def test_state_told_with_its_means_right_after_it(text):
    assert _perps(text) == ["الجيش الإسرائيلي"]


@pytest.mark.parametrize("text", [ANSWERED_RAIDS, SURPRISED])
def test_state_with_means_switch_off(monkeypatch, text):
    monkeypatch.setattr(rf, "STATE_WITH_MEANS", False)
    assert _perps(text) == [None]


def test_a_threatened_strike_names_no_doer():
    assert "الجيش الإسرائيلي" not in _perps(THREAT)
