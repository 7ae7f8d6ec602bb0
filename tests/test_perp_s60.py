"""Session 60: doers the offline rules missed on the development slice (perp60). Sentences written for the tests (no
corpus text): a raiding unit "قوة" with a state's adjective (``roles_forces.NISBA_UNIT``) and armed men before such a
force are not one doer (``MEN_THEN_FORCE``); every item of a group's list of attacks (``roles_perpetrator.LIST_ITEMS``);
the singular "المواجهة" with a toll (``roles_sides.CONFRONTATION_FOE``); an air strike with no doer in an article that
names one flying force (``attacks_records.ARTICLE_FLYER``); a force that admits the toll of its strikes
(``roles_implicit.ADMITTED_DOER``), not of its own men nor of a blow on itself; the men of a group's leader (``roles_forces.LEADER_LINK``)."""

from marsad.agent.offline import (
    OfflineExtractor,
    attacks_records,
    roles_forces,
    roles_implicit,
    roles_perpetrator,
    roles_sides,
)
from marsad.schemas import Document

DAY = "2017-03-14"


def _doers(text: str) -> list[str | None]:
    doc = Document(doc_id="snn:t-s60", title=None, text=text, published=DAY)
    return [a.perpetrator for a in OfflineExtractor().extract(doc).attacks]


def _records(text: str) -> list[tuple[str | None, str | None]]:
    doc = Document(doc_id="snn:t-s60", title=None, text=text, published=DAY)
    return [(a.perpetrator, a.target) for a in OfflineExtractor().extract(doc).attacks]


UNIT_RAID = "اقتحمت قوة إسرائيلية صباح الخميس بلدة عزون واختطفت شابا وأطلقت النار في الهواء."
MEN_HIT_UNIT = "استهدف مسلحون قوة إسرائيلية قرب بلدة عزون بعبوة ناسفة، ما أدى إلى إصابة جنديين."
MEN_HIT_FORCES = "استهدف مسلحون قوات إسرائيلية قرب بلدة عزون بعبوة ناسفة، ما أدى إلى إصابة جنديين."
UNIT_ATTACKED = "تعرضت قوة تركية لهجوم قرب بلدة الباب أسفر عن مقتل جنديين."


def test_a_unit_with_a_state_adjective_is_that_states_forces(monkeypatch):
    assert _records(UNIT_RAID) == [("الجيش الإسرائيلي", "شابا")]
    monkeypatch.setattr(roles_forces, "NISBA_UNIT", False)
    assert _records(UNIT_RAID) == [(None, "قوة إسرائيلية")]


def test_armed_men_before_a_force_attacked_it(monkeypatch):
    assert _doers(MEN_HIT_UNIT) == [None]
    assert _doers(MEN_HIT_FORCES) == [None]
    assert _doers(UNIT_ATTACKED) == [None]
    monkeypatch.setattr(roles_forces, "MEN_THEN_FORCE", False)
    assert _doers(MEN_HIT_FORCES) == ["الجيش الإسرائيلي"]


LISTED = ("شنت جماعة بوكو حرام هجمات عديدة في شمال الكاميرون خلال العامين الماضيين، ومن بينها هجوم على سوق في بلدة "
          "موزوغو في مارس 2016 قتل فيه 22 شخصا، وتفجير في مدينة مروة عام 2017 أودى بحياة 9 أشخاص.")
NOT_LISTED = ("شنت جماعة بوكو حرام هجمات عديدة في شمال الكاميرون، من بينها هجوم على سوق في بلدة موزوغو قتل فيه 22 "
              "شخصا، وفي مدينة مروة قتل 9 أشخاص في تفجير لم تتبنه أي جهة.")


def test_every_item_of_a_groups_list_of_attacks_is_the_groups(monkeypatch):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer

    ctx = build_context(Document(doc_id="snn:t-s60", title=None, text=LISTED, published=DAY), get_gazetteer())
    frames = find_frames(ctx, 0)

    def last() -> str | None:
        m = roles_perpetrator.perpetrator(ctx, frames[-1])
        return m.entry.canonical if m else None

    assert len(frames) >= 3 and last() == "بوكو حرام"
    monkeypatch.setattr(roles_perpetrator, "LIST_ITEMS", False)
    assert last() is None


def test_an_item_not_joined_to_the_list_takes_no_doer():
    assert _doers(NOT_LISTED)[-1] is None


CONFRONTED = "قتل جنديان من حرس الحدود أثناء المواجهة مع الميليشيات الحوثية على الحدود قرب بلدة الخوبة أمس."
STANDOFF = "أكد الوزير أن المواجهة مع الميليشيات الحوثية ستستمر حتى تحرير العاصمة."


def test_the_dead_of_a_confrontation_with_a_side_were_killed_by_it(monkeypatch):
    assert _doers(CONFRONTED) == ["الحوثيين"]
    monkeypatch.setattr(roles_sides, "CONFRONTATION_FOE", False)
    assert _doers(CONFRONTED) == [None]


def test_a_confrontation_with_no_toll_is_no_attack():
    assert _doers(STANDOFF) == []


LEAD_FLYER = ("تطالب القبائل بخروج المسلحين من مدينة عتق مع تزايد الضربات الجوية الأمريكية على مواقع التنظيم في "
              "المحافظة. وقال مسؤول محلي إن اجتماعا عقد مع قادة التنظيم. وأضاف أن الاجتماع جاء بعد الغارة الجوية "
              "التي استهدفت سيارة للتنظيم قرب ميناء بلحاف الأسبوع الماضي وقتل فيها 4 مسلحين.")
ONE_FLYER = ("يشكو السكان من تزايد الغارات الروسية على ريف المدينة. وقتل 6 مدنيين في غارة جوية استهدفت سوقا في بلدة "
             "سراقب أمس.")
TWO_FLYERS = ("يشكو السكان من تزايد الغارات الروسية وغارات التحالف الدولي على ريف المدينة. وقتل 6 مدنيين في غارة جوية "
              "استهدفت سوقا في بلدة سراقب أمس.")
CONJOINED = ("يشكو السكان من تزايد غارات المقاتلات التركية والأمريكية على ريف المدينة. وقتل 6 مدنيين في غارة جوية "
             "استهدفت سوقا في بلدة سراقب أمس.")
OWN_CRAFT = ("يشكو السكان من تزايد الغارات الروسية على ريف المدينة. وقتل 6 مدنيين في قصف جوي لطائرة حربية سورية على سوق "
             "في بلدة سراقب أمس.")
DENIED = ("نفى التحالف الدولي أن تكون طائراته قد شنت غارات على المدينة. وقتل 6 مدنيين في غارة جوية استهدفت سوقا في "
          "بلدة سراقب أمس.")


def test_an_air_strike_with_no_doer_takes_the_one_air_force_the_article_names(monkeypatch):
    assert "القوات الأمريكية" in _doers(LEAD_FLYER)
    monkeypatch.setattr(attacks_records, "ARTICLE_FLYER", False)
    assert "القوات الأمريكية" not in _doers(LEAD_FLYER)


def test_two_air_forces_or_a_denial_lend_no_doer():
    assert _doers(ONE_FLYER) == ["الطيران الروسي"]
    assert _doers(TWO_FLYERS) == [None]
    assert _doers(CONJOINED) == [None]
    assert "الطيران الروسي" not in _doers(OWN_CRAFT)
    assert _doers(DENIED) == [None]


ADMITTED = "أقر التحالف الدولي الجمعة بمقتل 9 مدنيين إضافيين في ضربات جوية على قرى قرب مدينة الميادين."
NOT_ADMITTED = "ولم يعترف التحالف الدولي بمقتل 9 مدنيين في ضربات جوية على قرى قرب مدينة الميادين."


def test_a_force_that_admits_the_toll_of_strikes_is_their_doer(monkeypatch):
    assert _doers(ADMITTED) == ["التحالف الدولي"]
    monkeypatch.setattr(roles_implicit, "ADMITTED_DOER", False)
    assert _doers(ADMITTED) == [None]


def test_a_negated_admission_names_no_doer():
    assert _doers(NOT_ADMITTED) == [None]


OWN_BLAST = "أقر الجيش الأمريكي بمقتل اثنين من جنوده في هجوم بعبوة ناسفة جنوب مدينة كركوك."
OWN_WOUNDED = "أقر الجيش الإسرائيلي بإصابة جنديين في هجوم بقذائف الهاون على موقع عسكري قرب معبر كرم أبو سالم."
OWN_CLASH = "اعترف الجيش التركي بمقتل جندي في اشتباكات بمنطقة حدودية قرب ماردين."
OWN_COLUMN = "أقر الجيش التركي بسقوط قتلى في غارة استهدفت رتلا للقوات التركية قرب إدلب."
OWN_POSTS = "أقرت قوات النظام السوري بمقتل 6 في قصف صاروخي على مواقعها قرب حلب."
OTHERS_MEN = "أقر التحالف بمقتل 20 من عناصر داعش وجنود سوريين في غارات على دير الزور."
ADMITTED_ACT = "أقرت القوات الأمريكية بمسؤوليتها عن غارة قتلت 4 مدنيين قرب الموصل."


def test_a_force_admitting_its_own_losses_is_not_their_doer():
    assert _doers(OWN_BLAST) == [None]
    assert _doers(OWN_WOUNDED) == [None]
    assert _doers(OWN_CLASH) == [None]


def test_a_force_admitting_a_strike_on_itself_is_not_its_doer():
    assert _doers(OWN_COLUMN) == [None]
    assert _doers(OWN_POSTS) == [None]


def test_an_admitted_act_or_toll_of_anothers_men_keeps_the_doer():
    assert _doers(ADMITTED) == ["التحالف الدولي"]
    assert _doers(OTHERS_MEN) == ["التحالف الدولي"]
    assert _doers(ADMITTED_ACT) == ["القوات الأمريكية"]


LEADER_MEN = "هاجم مسلحون تابعون للقيادي الحوثي أبو علي قرية الحزم وقتلوا 3 مواطنين."
LEADER_MEN_KILLED = "قتل 3 مسلحين تابعين للقيادي الحوثي أبو علي في كمين نصبه رجال القبائل في مديرية العدين."


def test_the_men_of_a_groups_leader_are_the_groups(monkeypatch):
    assert _doers(LEADER_MEN) == ["الحوثيين"]
    assert "الحوثيين" not in _doers(LEADER_MEN_KILLED)
    monkeypatch.setattr(roles_forces, "LEADER_LINK", False)
    assert _doers(LEADER_MEN) == [None]
