"""Offline actors, session 11 (issue 12.2/12.6): which country a generic force belongs to, names cut or run on.
Sentences written for the tests."""

from __future__ import annotations


def _canon(records) -> dict[str, str]:
    return {a.name: a.canonical_name for a in records.actors}


# -- a generic force takes the nationality of the force of its kind named just before ----------------------------


def test_bare_security_forces_after_a_named_foreign_police(offline_extract):
    r = offline_extract("قصفت طائرات حربية بلدة سراقب في ريف إدلب وبلدة معرة النعمان في سوريا، وقتل خمسة مدنيين في "
                        "مدينة حلب السورية. وأعلنت قوات الأمن التركية اعتقال ثلاثة مشتبهين في بلدة حدودية. وقالت "
                        "قوات الأمن إن المعتقلين كانوا يخططون لتفجير سيارة.")
    police = [a for a in r.actors if a.type == "police"]
    assert [a.canonical_name for a in police] == ["الشرطة التركية"]
    assert "قوات الأمن" in police[0].aliases


def test_bare_army_after_an_army_named_in_the_lead(offline_extract):
    r = offline_extract("نفى الجيش البورمي ارتكاب انتهاكات بحق اللاجئين الذين فروا إلى بنغلادش. وكان آلاف اللاجئين "
                        "قد وصلوا إلى مخيمات في منطقة كوكس بازار في بنغلادش خلال الشهر الماضي. وقال الجيش في بيان "
                        "إنه فتح تحقيقا في الاتهامات.")
    armies = {a.canonical_name for a in r.actors if a.type == "state_military"}
    assert armies == {"الجيش الميانماري"}


def test_bare_army_far_from_a_named_foreign_army_keeps_the_article_country(offline_extract):
    r = offline_extract("وقال الجيش التركي إن طائراته قصفت مواقع في شمال العراق. وفي سوريا قتل عشرة مدنيين في قصف "
                        "على بلدة سراقب في ريف إدلب. وقصفت طائرات حربية مدينة حلب وبلدة معرة النعمان. وتستمر المعارك "
                        "في ريف حماة. ونزح آلاف السكان من مدينة إدلب. وقال الجيش إنه استعاد قرية قرب مدينة حماة.")
    canon = _canon(r)
    assert canon.get("الجيش") == "قوات النظام السوري"


# -- names running on past the name ---------------------------------------------------------------------------------


def _names(records) -> set[str]:
    return {a.name for a in records.actors}


def test_preposition_ala_ends_a_name(offline_extract):
    r = offline_extract("وشدد الجنرال سوي على القول إن الجنود لم يرتكبوا أي تجاوزات في ولاية راخين.")
    assert not any("القول" in n for n in _names(r))


def test_preposition_ala_after_a_full_name_keeps_the_name(offline_extract):
    r = offline_extract("أكد نائب رئيس غرفة التجارة ماجد بن سالم عسيري على أهمية الشراكة مع المصارف.")
    assert "ماجد بن سالم عسيري" in _names(r)


def test_given_name_told_again_under_the_same_title_is_no_new_person(offline_extract):
    r = offline_extract("قال المفوض السامي لحقوق الإنسان الأمير فهد بن سعود الراشد، الاثنين، إن الأوضاع في المخيمات "
                        "تتدهور. ووجه الأمير فهد انتقادات حادة للحكومة.")
    assert _names(r) == {"فهد بن سعود الراشد"}


def test_family_name_told_again_is_no_new_person(offline_extract):
    r = offline_extract("وقال قائد القوات البحرية الفريق أول كريم منصور داود إن السفن عادت إلى قواعدها. وجدد الفريق داود "
                        "تحذيراته، مطالبا السفن بالابتعاد.")
    assert _names(r) == {"كريم منصور داود"}


def test_same_given_name_under_another_title_is_another_man(offline_extract):
    r = offline_extract("وأعقب ذلك استقالة رئيس النادي الشيخ سعد بن خالد الحربي ومدير الكرة سعد بارباع من منصبيهما.")
    assert "سعد بارباع" in _names(r)


def test_father_name_of_one_man_opens_another(offline_extract):
    r = offline_extract("وقال الرئيس السابق علي عبدالله صالح إن الحرب ستطول. وقال القائد العسكري العميد عبدالله "
                        "صبيحي إن قواته تقدمت.")
    assert "عبدالله صبيحي" in _names(r)


# -- capitals standing for their states; datelines ------------------------------------------------------------------


def _states(records) -> set[str]:
    return {a.canonical_name for a in records.actors if a.type == "government_body"}


def test_capital_standing_for_its_state(offline_extract):
    r = offline_extract("وأضاف المتحدث أن التحقيقات مستمرة. المنامة ترفض أي تدخل في شؤونها الداخلية، وبرلين ملتزمة "
                        "بمواصلة الحوار.")
    assert {"البحرين", "ألمانيا"} <= _states(r)


def test_dateline_capital_is_no_state(offline_extract):
    r = offline_extract("وكالات- القاهرة: أعلنت شركة للاتصالات، أمس، عن هاتف جديد سيطرح في الأسواق الشهر المقبل.")
    assert "مصر" not in _states(r)


def test_general_command_abroad_is_no_iraqi_commander_in_chief(offline_extract):
    r = offline_extract("ونعت القيادة العامة للقوات المسلحة بدولة الإمارات أربعة جنود قتلوا في معارك قرب "
                        "الحديدة اليمنية.")
    (body,) = [a for a in r.actors if "القيادة العامة" in a.name]
    assert body.affiliation is None and body.canonical_name == "القيادة العامة للقوات المسلحة"


def test_general_command_in_iraqi_news_stays_the_commander_in_chief(offline_extract):
    r = offline_extract("وقالت القيادة العامة للقوات المسلحة إن القوات العراقية استعادت قرية جنوب الموصل.")
    (body,) = [a for a in r.actors if "القيادة العامة" in a.name]
    assert body.canonical_name == "القائد العام للقوات المسلحة"


def test_ministry_as_a_post_held_is_no_actor(offline_extract):
    r = offline_extract("وقال وزير الدفاع الأسبق شاؤول ليفي، الذي تولى وزارة الدفاع في الفترة من 2003 إلى 2007، إن الهجوم كان "
                        "متوقعا.")
    assert not any("وزارة" in a.name for a in r.actors)


def test_ministry_acting_after_a_feminine_verb_is_an_actor(offline_extract):
    r = offline_extract("وتولت وزارة الدفاع التحقيق في الهجوم على القاعدة.")
    assert any(a.name == "وزارة الدفاع" for a in r.actors)
