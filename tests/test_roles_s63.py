"""Pass 63: an attack's target and doer, and non-incidents kept out. Sentences written for these tests.

* a threat to kill ("هدد ... بقتل") is no killing: no count, no record (``casualties_excluded._threatened``);
* a titled victim killed by a person named as the doer is read as before, with no count (``casualties_words``);
* an anniversary of a titled victim's killing stays a background record (guidelines: an anniversary is background);
* the subject's backing ("مسنودة بقوات ...") and its "ب" + place ("باليمن") are not what was hit
  (``roles_objects.SUBJECT_SUPPORT``, ``SUBJECT_PLACE_BA``);
* an attack noun with its adjective right before a verb is the verb's subject: the group after the verb was hit
  (``roles_objects.ATTACK_NOUN_BEFORE``).
"""

from __future__ import annotations

from marsad.agent.offline import roles_objects


def _one(offline_extract, text: str):
    (attack,) = offline_extract(text).attacks
    return attack


_THREAT = "وهدد مسلحون في بلدة الكرمة بقتل مختار البلدة برصاص القناصة إذا لم يغادرها خلال أيام."
_THREAT_DONE = "وهدد مسلحون سكان بلدة الكرمة ثم قاموا بقتل مختار البلدة برصاص القناصة أمس."
_KILLED = "قتل مختار بلدة الكرمة برصاص مسلحين مجهولين أمس."


def test_a_threat_to_kill_makes_no_record(offline_extract):
    assert offline_extract(_THREAT).attacks == []


def test_a_threat_then_the_killing_done_keeps_it(offline_extract):
    assert _one(offline_extract, _THREAT_DONE).killed == 1


def test_the_titled_victim_killed_is_still_counted(offline_extract):
    assert _one(offline_extract, _KILLED).killed == 1


def test_a_named_person_as_the_doer_reads_no_title_count(offline_extract):
    assert offline_extract("وقالت الشرطة إن حامد قتل مدير الناحية بالرصاص بعد خلاف قديم.").attacks == []
    assert offline_extract("قتل حامد السعدي مختار البلدة بالرصاص بعد خلاف على أرض.").attacks == []


def test_an_anniversary_is_a_background_record(offline_extract):
    attack = _one(offline_extract, "أحيا أهالي بلدة الكرمة ذكرى مقتل مختار البلدة برصاص مسلحين قبل عشرة أعوام.")
    assert attack.background


_SUPPORT = "هاجمت قوات الجيش الوطني مسنودة بقوات التحالف، الاثنين، مواقع الميليشيات في مديرية الوادي."
_BA_PLACE = "واستهدفت مقاتلات تحالف دعم الشرعية باليمن مواقع الميليشيات ومخازن أسلحة في مديرية الوادي أمس."
_NOUN_BEFORE = "وقال البيان إن الطائرات نفذت 12 ضربة جوية استهدفت تنظيم الدولة الإسلامية في العراق وسوريا."


def test_the_doers_backing_is_not_the_target(offline_extract):
    assert _one(offline_extract, _SUPPORT).target == "مواقع الميليشيات"


def test_the_backing_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_objects, "SUBJECT_SUPPORT", False)
    assert _one(offline_extract, _SUPPORT).target != "مواقع الميليشيات"


def test_the_subjects_place_with_ba_is_not_the_target(offline_extract):
    assert _one(offline_extract, _BA_PLACE).target == "مواقع الميليشيات ومخازن أسلحة"


def test_a_place_with_ba_as_the_object_stays(offline_extract):
    assert _one(offline_extract, "وقصفت الطائرات بالصواريخ مواقع الميليشيات في مديرية الوادي أمس.").target \
        == "مواقع الميليشيات"


def test_the_ba_place_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_objects, "SUBJECT_PLACE_BA", False)
    assert _one(offline_extract, _BA_PLACE).target.startswith("باليمن")


def test_an_attack_noun_before_the_verb_is_its_subject(offline_extract):
    assert _one(offline_extract, _NOUN_BEFORE).target == "تنظيم الدولة الإسلامية"


def test_a_doer_after_the_verb_stays_the_doer(offline_extract):
    attack = _one(offline_extract, "واستهدفت طائرات التحالف مواقع للميليشيات في مديرية الوادي أمس.")
    assert attack.target == "مواقع للميليشيات"


def test_the_attack_noun_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_objects, "ATTACK_NOUN_BEFORE", False)
    assert _one(offline_extract, _NOUN_BEFORE).target != "تنظيم الدولة الإسلامية"
