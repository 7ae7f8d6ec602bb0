"""Pass 67: who attacked and what was hit, read from the sentence. Sentences written for these tests.

* fighting told "بين" two sides that followed one side's attempt ("بعد محاولة الميليشيا استعادة مواقع") was that
  side's attack (``roles_attempts``);
* fighting "بين الطرفين" refers back to the sides of a battle the article told before (``roles_parties``);
* a demonstrative before the object ("قصفت تلك التعزيزات") points at what was hit (``roles_objects``);
* "X الذي تعرض ل<attack>": X, told before the relative, came under the attack (``roles_targets._exposed_before``);
* an attack a state force repelled, with no attacker in its sentence, was the one militia (or armed group) the
  article named (``roles_attempts.repelled_unnamed``).
"""

from __future__ import annotations


def _attacks(offline_extract, text: str):
    return offline_extract(text).attacks


def _one(offline_extract, text: str):
    (attack,) = _attacks(offline_extract, text)
    return attack


# -- the side whose attempt set off the fighting ----------------------------------------------------------------


def test_the_side_that_tried_to_take_back_positions_attacked(offline_extract):
    text = ("وفي مديرية حيفان، دارت مواجهات عنيفة بين قوات الجيش وميليشيا الحوثي بعد محاولة الميليشيا استعادة "
            "مواقع في أطراف المديرية.")
    assert _one(offline_extract, text).perpetrator == "الحوثيين"


def test_the_side_that_tried_to_sneak_in_attacked(offline_extract):
    text = "ودارت اشتباكات بين قوات الجيش والحوثيين إثر محاولة الحوثيين التسلل إلى مواقع اللواء في جبهة نهم."
    assert _one(offline_extract, text).perpetrator == "الحوثيين"


def test_sides_told_from_each_end_with_an_attempt(offline_extract):
    text = ("وفي مديرية حيفان، دارت معارك بين وحدات الجيش من جهة وعناصر الحوثيين من جهة ثانية عقب محاولة الميليشيا "
            "التقدم نحو تلال المديرية.")
    assert _one(offline_extract, text).perpetrator == "الحوثيين"


def test_fighting_with_no_attempt_keeps_the_first_side(offline_extract):
    text = "ودارت اشتباكات بين قوات الجيش والحوثيين في جبال مديرية نهم شرق العاصمة."
    assert _one(offline_extract, text).perpetrator == "الجيش اليمني"


# -- fighting "بين الطرفين" ---------------------------------------------------------------------------------------


def test_both_sides_refer_back_to_the_battle_told_before(offline_extract):
    text = ("وتقدمت قوات الجيش اليمني نحو مدينة حرض إثر معارك عنيفة مع ميليشيات الحوثي. "
            "وقال المتحدث العسكري إن معارك ضارية تدور الآن بين الطرفين. "
            "وأفاد أن قوات الجيش سيطرت على تلتين شرق المدينة. "
            "وأضاف أن المعارك تدور بين الطرفين بالأسلحة المتوسطة في قرية الجرب.")
    doers = {a.perpetrator for a in _attacks(offline_extract, text)}
    assert doers == {"الجيش اليمني"}


def test_both_sides_with_no_battle_before_name_no_one(offline_extract):
    text = "وقال رئيس البلدية إن اشتباكات بين الطرفين أسفرت عن مقتل شخصين في أحد أحياء مدينة تعز."
    attacks = _attacks(offline_extract, text)
    assert attacks and all(a.perpetrator is None for a in attacks)


# -- what was hit: a demonstrative object, who came under an attack told before "الذي تعرض" ------------------------


def test_a_demonstrative_points_at_what_was_hit(offline_extract):
    text = ("وأرسل المتمردون تعزيزات عسكرية نحو الجبهة، لكن طائرات التحالف قصفت تلك التعزيزات قرب مدينة مأرب "
            "مساء الثلاثاء.")
    assert _one(offline_extract, text).target == "التعزيزات"


def test_a_demonstrative_of_time_is_not_what_was_hit(offline_extract):
    text = "وقصفت طائرات التحالف هذه المرة مخازن أسلحة للمتمردين قرب مدينة مأرب مساء الثلاثاء."
    assert _one(offline_extract, text).target != "المرة"


def test_the_person_before_the_relative_came_under_the_poisoning(offline_extract):
    text = "ونقلت الصحيفة عن محامي الضابط الروسي السابق الذي تعرض للتسميم في لندن أنه يتعافى ببطء."
    assert _one(offline_extract, text).target == "الضابط الروسي السابق"


def test_only_the_head_noun_before_the_relative(offline_extract):
    text = "وزار المحافظ الصحفي الذي تعرض لإطلاق نار في مدينة الموصل الأسبوع الماضي."
    assert _one(offline_extract, text).target == "الصحفي"


def test_a_named_person_before_the_relative(offline_extract):
    text = "ونقل الطبيب عن الناشط محمد الحسن الذي تعرض لإطلاق نار في مدينة البصرة أنه بخير."
    assert _one(offline_extract, text).target == "الناشط محمد الحسن"


def test_a_companion_between_verb_and_attack_leaves_the_target_unread(offline_extract):
    text = "وقالت الشرطة إن الشابة التي تعرضت مع والدها للتسميم في بريطانيا غادرت المستشفى."
    assert all(a.target is None for a in _attacks(offline_extract, text))


# -- a repelled attack with no attacker in its sentence -----------------------------------------------------------


def test_a_repelled_infiltration_was_the_named_militias(offline_extract):
    text = ("وتكبدت ميليشيات الحوثي خسائر كبيرة في جبهة الساحل الغربي خلال الأسبوع الماضي. "
            "وتصدت قوات الجيش، مسنودة بطيران التحالف، لمحاولة تسلل على مواقعها في مديرية حيس.")
    doers = [a.perpetrator for a in _attacks(offline_extract, text) if a.location and a.location.name == "حيس"]
    assert doers == ["الحوثيين"]


def test_a_repelled_infiltration_with_no_group_in_the_article_has_no_doer(offline_extract):
    text = "وتصدت قوات الجيش لمحاولة تسلل على مواقعها في مديرية حيس."
    assert all(a.perpetrator is None for a in _attacks(offline_extract, text))


def test_years_a_demonstrative_points_at_are_not_what_was_hit(offline_extract):
    text = "ولم تشاهد العائلة شريط الفيديو رغم مرور هذه السنوات على إعدام ابنها الطيار على يد التنظيم في الرقة."
    assert all(a.target != "السنوات" for a in _attacks(offline_extract, text))


def test_a_repelled_attack_owned_by_a_bare_militia_word_is_left_to_its_reader(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_cues

    monkeypatch.setattr(roles_cues, "ACCUSATIVE_OWNER", False)
    text = ("وتكبدت ميليشيات الحوثي خسائر كبيرة في جبهة الساحل الغربي خلال الأسبوع الماضي. "
            "وصدت قوات الجيش، مسنودة بطيران التحالف، هجوما للميليشيات على مواقعها في مديرية حيس.")
    doers = [a.perpetrator for a in _attacks(offline_extract, text) if a.location and a.location.name == "حيس"]
    assert "الحوثيين" not in doers
