"""Pass 51 (attack precision on unseen news, second audit): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_cues as ac
from marsad.agent.offline import scope


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2021-04-11").attacks


# EXAMPLE: violence given as a writer's example, with no day and no figure of its own, is no incident ---------------

EXAMPLES = [
    "ويستغل التنظيم فتاوى التكفير، كما حدث على سبيل المثال حين قام مسلحوه بإعدام عدد من الأئمة في القرى التي يحكمها.",
    "هكذا اغتيل الروائي المعروف مثلا، لأن قاتله لم يقرأ كتبه قط.",
    "ففي الحرب على سبيل المثال أعدم المسلحون الأسرى في ساحات سوريا العامة.",
]
DATED_EXAMPLE = "ففي الأسبوع الماضي مثلا قتل 5 أشخاص في تفجير سوق المدينة الخميس."


def test_an_example_is_no_incident(offline_extract):
    for text in EXAMPLES:
        assert _attacks(offline_extract, text) == [], text


def test_an_example_with_its_day_and_toll_stays(offline_extract):
    assert len(_attacks(offline_extract, DATED_EXAMPLE)) == 1


def test_example_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "EXAMPLE", False)
    assert [len(_attacks(offline_extract, text)) for text in EXAMPLES] == [1, 1, 1]


def test_is_example_reads_the_marker_and_no_day():
    assert scope.is_example(["هكذا", "قتل", "الكاتب", "مثلا"])
    assert scope.is_example(["وعلي", "سبيل", "المثال", "قصف", "الحي"])
    assert not scope.is_example(["مثلا", "قتل", "الكاتب", "امس"])
    assert not scope.is_example(["مثلا", "قتل", "5", "اشخاص"])
    assert not scope.is_example(["قتل", "الكاتب", "في", "المثال"])


# DENIED_ACT: the attack word as the object of a denial verb is what did not happen ----------------------------------

DENIED = [
    "نفت وزارة الدفاع استهداف قافلة المساعدات قرب معبر رفح مساء الخميس.",
    "نفت السفارة بالعاصمة، مساء الأحد، اغتيال باحثين اثنين في شقتهما غرب مدينة وهران.",
    "نفى الجيش قصف المستشفى الوطني في مدينة حلب أمس.",
]
ROLE_DENIED = [
    "انفجرت سيارة مفخخة في سوق مدينة الحلة أمس وقتل 5 أشخاص. ونفت الجماعة ضلوعها في الهجوم.",
    "ونفت الحركة مسؤوليتها عن الهجوم الذي استهدف سوقا في مدينة الحلة أمس وقتل فيه 5.",
]
LOSSES_DENIED = "ونفت الوزارة في بيان مقتل أي من جنودها في الاشتباكات التي دارت أمس قرب مدينة الحديدة."


def test_a_denied_act_is_no_incident(offline_extract):
    for text in DENIED:
        assert _attacks(offline_extract, text) == [], text


def test_a_denied_role_or_loss_leaves_the_attack(offline_extract):
    for text in ROLE_DENIED:
        assert len(_attacks(offline_extract, text)) == 1, text
    assert len(_attacks(offline_extract, LOSSES_DENIED)) == 1


def test_denied_act_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "DENIED_ACT", False)
    assert [len(_attacks(offline_extract, text)) for text in DENIED] == [1, 1, 1]


def test_denied_act_reads_only_the_verb_object():
    assert ac._denied_act(["نفي", "الحزب", "استهداف"], 0, 2)
    assert not ac._denied_act(["نفت", "موسكو", "ضلوعها", "في", "الهجوم"], 0, 4)
    assert not ac._denied_act(["نفي", "الجيش", "بالهجوم"], 0, 2)
    assert not ac._denied_act(["نفت", "الوزاره", "مقتل"], 0, 2)
    assert not ac._denied_act(["نفي", "الحزب", "في", "بيان", "له", "صدر", "امس", "استهداف"], 0, 7)


# DENIED_RUMOUR: a denial of "what is said" denies the whole account it names ----------------------------------------

RUMOURED = [
    "نفت شركة الطيران الوطنية، الأربعاء، ما نشر على المنصات بشأن محاولة خطف إحدى طائراتها فوق مدينة #دبي.",
    "ونفى المتحدث كل ما تردد عن اغتيال القائد العسكري في مدينة إدلب أمس.",
]
TOLD_THEN_RUMOUR_DENIED = "وقتل 4 جنود أمس في هجوم على حاجز في مدينة العريش. ونفى الجيش ما تردد عن سقوط عشرات القتلى."


def test_a_denied_rumour_is_no_incident(offline_extract):
    for text in RUMOURED:
        assert _attacks(offline_extract, text) == [], text


def test_a_rumour_denied_after_the_attack_leaves_it(offline_extract):
    recs = _attacks(offline_extract, TOLD_THEN_RUMOUR_DENIED)
    assert len(recs) == 1 and recs[0].killed == 4


def test_denied_rumour_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "DENIED_RUMOUR", False)
    assert [len(_attacks(offline_extract, text)) for text in RUMOURED] == [1, 1]


def test_denied_rumour_needs_ma_and_a_rumour_verb():
    assert ac._denied_rumour(["نفت", "الشركه", "ما", "يتم", "تداوله", "بشان", "خطف", "طائره"], 0, 6)
    assert not ac._denied_rumour(["نفت", "الشركه", "مسؤوليتها", "عن", "الهجوم"], 0, 4)


# CLAIMED_DEVICE: a bomb someone claims to carry is a hoax until it goes off ---------------------------------------

HOAXES = [
    "أعلنت إدارة مطار القاهرة أن الشرطة احتجزت مسافرا في صالة المغادرة، الجمعة، بعد أن زعم أنه يحمل عبوة ناسفة في حقيبته.",
    "واعتقلت الشرطة الجمعة رجلا ادعى أن بحوزته عبوة ناسفة في محطة القطارات بمدينة ليون.",
]
CLAIMANT_ATTACKED = "وقال شهود إن المهاجم الذي ادعى أنه يحمل قنبلة أطلق النار على المارة في ساحة بمدينة ليون الجمعة."
BOMBER = "وفجر انتحاري يحمل حزاما ناسفا نفسه في سوق بمدينة الحلة الجمعة ما أسفر عن مقتل 5."


def test_a_claimed_bomb_is_no_incident(offline_extract):
    for text in HOAXES:
        assert _attacks(offline_extract, text) == [], text


def test_a_claimant_who_attacks_and_a_bomber_stay(offline_extract):
    assert len(_attacks(offline_extract, CLAIMANT_ATTACKED)) == 1
    assert len(_attacks(offline_extract, BOMBER)) == 1


def test_claimed_device_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "CLAIMED_DEVICE", False)
    monkeypatch.setattr(ac, "BARE_WEAPON", False)  # (pass 53: a singular device carried is also a bare weapon)
    assert [len(_attacks(offline_extract, text)) for text in HOAXES] == [1, 1]


# DENIED_ACT_CLAUSE (review51 finding 3): a denial read only in the event's clause, a "و"/"ف" verb opens a new one ---

NEW_CLAUSE_AFTER_DENIAL = [
    "نفى الجيش ذلك، وقصفت الطائرات مواقع المسلحين في مدينة الموصل أمس.",
    "نفت الحكومة الخبر أمس، واستهدفت الطائرات المسيرة موقعا للمسلحين في محافظة مأرب.",
    "نفى الحزب الاتهام، فاغتال مسلحون أحد قادته في مدينة صيدا صباح الأحد.",
]


def test_an_attack_told_after_a_denial_stays(offline_extract):
    for text in NEW_CLAUSE_AFTER_DENIAL:
        assert len(_attacks(offline_extract, text)) == 1, text


def test_denied_act_clause_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "DENIED_ACT_CLAUSE", False)
    monkeypatch.setattr(ac, "DENIED_TOLD", False)  # (the assassination counts its one dead)
    assert [len(_attacks(offline_extract, text)) for text in NEW_CLAUSE_AFTER_DENIAL] == [0, 0, 0]


def test_denied_act_stays_in_the_event_clause():
    assert not ac._denied_act(["نفي", "الجيش", "ذلك", "قصف"], 0, 3, lo=3)
    assert not ac._denied_act(["نفي", "الجيش", "وقصفت"], 0, 2)
    assert ac._denied_act(["نفي", "الجيش", "فجر"], 0, 2)


# DENIED_TOLD (review51 finding 8): an act denied by its accused doer, with its toll told, stays an attack -------------

DENIED_WITH_TOLL = [
    "نفى التحالف قصف حفل الزفاف في محافظة حجة الذي قتل فيه 20 مدنيا.",
    "نفت القوات الحكومية استهداف السوق الشعبي في بلدة معرة النعمان الذي أسفر عن مقتل 12 مدنيا أمس.",
]


def test_a_denied_act_with_its_toll_stays(offline_extract):
    assert [[r.killed for r in _attacks(offline_extract, text)] for text in DENIED_WITH_TOLL] == [[20], [12]]


def test_denied_told_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "DENIED_TOLD", False)
    assert [len(_attacks(offline_extract, text)) for text in DENIED_WITH_TOLL] == [0, 0]


def test_denied_reads_the_toll():
    words = ["نفي", "الجيش", "قصف", "الحي"]
    assert ac._denied(words, 0, 2) and not ac._denied(words, 0, 2, counted=True)


# RUMOUR_TOPIC (review51 finding 2): the denied account covers only its topic, not what the speaker goes on to say ---

AFFIRMED_AFTER_RUMOUR = [
    "نفى المتحدث ما نشرته وسائل الإعلام، وقال إن مسلحين هاجموا حاجزا للجيش في مدينة العريش أمس وقتلوا 3 جنود.",
    "نفى المتحدث ما تردد عن انسحاب قواته من المدينة، مؤكدا أن الطيران قصف مواقع المسلحين في مدينة الموصل أمس.",
    "نفت الوزارة ما يشاع في الشارع، وأكدت أن المدفعية قصفت مواقع للمسلحين في بلدة جسر الشغور فجر اليوم.",
    "كذب المحافظ ما تناقلته الصحف المحلية، وقصفت الطائرات بعد ساعات مخازن سلاح في محافظة صعدة.",
]
RUMOURED_TOPICS = [
    "نفى الجيش ما يتم تداوله حول اقتحام مسلحين لمعسكر في مدينة درنة.",
    "نفى المتحدث ما تردد عن مقتل 3 جنود في هجوم على حاجز بمدينة العريش.",
]


def test_an_attack_affirmed_after_a_denied_rumour_stays(offline_extract):
    for text in AFFIRMED_AFTER_RUMOUR:
        assert len(_attacks(offline_extract, text)) == 1, text


def test_a_rumour_topic_is_still_denied(offline_extract):
    for text in RUMOURED_TOPICS:
        assert _attacks(offline_extract, text) == [], text


def test_rumour_topic_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "RUMOUR_TOPIC", False)
    assert [len(_attacks(offline_extract, text)) for text in AFFIRMED_AFTER_RUMOUR] == [0, 0, 0, 0]


def test_rumour_topic_reads_the_preposition_and_stops_at_speech():
    assert ac._rumour_topic(["ما", "تردد", "عن", "اغتيال"], 1, 3)
    assert not ac._rumour_topic(["ما", "تردد", "امس", "اغتيال"], 1, 3)
    assert not ac._rumour_topic(["ما", "تردد", "عن", "انسحابه", "موكدا", "ان", "الطيران", "قصف"], 1, 7)


# CLAIM_THAT_DEVICE (review51 finding 5): only a device claimed with "أن" is a hoax; a claim of proof keeps the attack --

CLAIMED_PROOF = [
    "وزعم الجيش أن لديه أدلة على قصف المسلحين حيا سكنيا في مدينة حلب أمس.",
    "وادعت الميليشيا أن معها صورا تثبت قصف الطيران قرية في ريف إدلب أمس.",
]


def test_a_claim_of_proof_keeps_the_attack(offline_extract):
    for text in CLAIMED_PROOF:
        assert len(_attacks(offline_extract, text)) == 1, text


def test_claim_that_device_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "CLAIM_THAT_DEVICE", False)
    assert [len(_attacks(offline_extract, text)) for text in CLAIMED_PROOF] == [0, 0]


def test_claimed_device_needs_a_device_and_that():
    assert not ac._claimed_device(["شاهد", "السكان", "رجلا", "يدعي", "محمد", "يحمل", "قنبله"], 0, 6)  # يدعى: is named
    assert not ac._claimed_device(["المسلح", "الذي", "تزعم", "الخليه", "كان", "يحمل", "قنبله"], 0, 6)  # تزعّم: led
    assert not ac._claimed_device(["زعم", "ان", "لديه", "ادله", "علي", "قصف"], 0, 5)
    assert ac._claimed_device(["امراه", "تزعم", "انها", "تحمل", "قنبله"], 0, 4)


# EXAMPLE_TOLD (review51 finding 9): an incident given as an example with its place, a count or a period stays --------

TOLD_EXAMPLES = [
    "وفي مدينة الموصل مثلا قصفت الطائرات حيا سكنيا وقتلت عشرات المدنيين.",
    "وشن الطيران غارات على مدينة الرقة مثلا في مطلع الشهر الجاري.",
    "ففي بلدة الباب على سبيل المثال فجر انتحاري سيارة مفخخة قرب مقر للشرطة.",
]


def test_an_example_with_its_place_stays(offline_extract):
    for text in TOLD_EXAMPLES:
        assert len(_attacks(offline_extract, text)) == 1, text


def test_example_told_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "EXAMPLE_TOLD", False)
    assert [len(_attacks(offline_extract, text)) for text in TOLD_EXAMPLES] == [0, 0, 0]


def test_example_told_reads_place_count_and_period():
    assert not scope.is_example(["وفي", "مدينه", "الموصل", "مثلا", "قصفت", "الطائرات"])
    assert not scope.is_example(["مثلا", "قتل", "عشرات", "المدنيين"])
    assert not scope.is_example(["مثلا", "في", "مطلع", "الشهر", "الجاري"])
    assert scope.is_example(["مثلا", "قتل", "عدد", "من", "الايمه", "في", "القري"])


def test_thousands_in_an_example_is_no_count():
    assert scope.is_example(["ففي", "سوريه", "علي", "سبيل", "المثال", "الاف", "الاطفال", "ركضوا", "تحت", "القصف"])
