"""Issue 12 items 5 and 8: agreements and joint rooms as regional news phrases them.

Every sentence here is written by the team for the rule it tests (none is taken from the corpus).
"""

from __future__ import annotations

import pytest


def _records(offline_extract, text: str):
    return offline_extract(text, title=text[:20], published="2019-03-10")


def agreements(offline_extract, text):
    return _records(offline_extract, text).agreements


def rooms(offline_extract, text):
    return _records(offline_extract, text).joint_rooms


# ---------------------------------------------------------------- agreements: not concluded
def test_a_negation_carried_over_words_is_no_agreement(offline_extract):
    assert agreements(offline_extract, "وأوضح الناطق أنه لم يتم التوصل إلى اتفاق بعد مع قيادة الجيش التركي.") == []


def test_any_agreement_is_hypothetical(offline_extract):
    assert agreements(offline_extract, "وقالت الحكومة الأردنية إنها ترحب بأي اتفاق للهدنة في الجنوب السوري.") == []


def test_an_agreement_only_denied_is_none(offline_extract):
    assert agreements(offline_extract, "ونفى الجيش الروسي التوصل إلى اتفاق مع تركيا بشأن مدينة إدلب.") == []


def test_a_reported_agreement_denied_by_the_other_side_is_proposed(offline_extract):
    text = ("أعلنت حركة حماس التوصل لتوافق مع إسرائيل لوقف إطلاق النار بعد ثلاثة أيام من القتال. "
            "لكن وزيرا إسرائيليا نفى، اتفاقا لوقف إطلاق النار أعلنته حماس.")
    [a] = agreements(offline_extract, text)
    assert a.status == "proposed" and a.agreement_type == "ceasefire"
    assert {"حركة حماس", "إسرائيل"} <= set(a.parties)


def test_a_nuclear_deal_is_outside_the_domain(offline_extract):
    assert agreements(offline_extract, "وهاجم وزير خليجي الاتفاق النووي الموقع بين طهران وواشنطن.") == []


# ---------------------------------------------------------------- agreements: parties
def test_an_armed_group_agreeing_is_a_party(offline_extract):
    [a] = agreements(offline_extract, "وتوصلت الحكومة الصومالية وحركة الشباب إلى هدنة بوساطة قطرية.")
    assert set(a.parties) == {"الحكومة الصومالية", "حركة الشباب"}


def test_a_group_the_agreement_is_against_is_no_party(offline_extract):
    [a] = agreements(offline_extract, "واتفقت تركيا والولايات المتحدة على تعزيز التعاون العسكري لمحاربة تنظيم داعش.")
    assert "داعش" not in " ".join(a.parties) and {"تركيا", "الولايات المتحدة"} <= set(a.parties)


def test_a_unilateral_truce_has_its_declarer_as_only_party(offline_extract):
    [a] = agreements(offline_extract, "وأعلنت الحكومة الأفغانية وقفا لإطلاق النار مع طالبان لمدة أسبوع.")
    assert a.parties == ["الحكومة الأفغانية"] and a.status == "agreed" and a.agreement_type == "ceasefire"


def test_the_movement_declaring_a_truce_is_the_group_named_before(offline_extract):
    text = "وهاجم مسلحو حركة طالبان قاعدة للجيش. وجاء الهجوم قبل ساعات من إعلان الحركة وقفا لإطلاق النار."
    [a] = agreements(offline_extract, text)
    assert a.parties == ["حركة طالبان"]


def test_the_two_sides_are_the_forces_named_before(offline_extract):
    text = ("وعادت الاشتباكات بين حزب العمال الكردستاني والجيش التركي قرب الحدود العراقية. "
            "وانهارت هدنة التزم بها الطرفان طوال عامين.")
    [a] = agreements(offline_extract, text)
    assert a.status == "stalled" and "حزب العمال الكردستاني" in a.parties and len(a.parties) == 2


def test_a_side_after_with_joins_the_subject(offline_extract):
    [a] = agreements(offline_extract, "وأعلنت حركة حماس التوصل لتوافق مع إسرائيل لتثبيت التهدئة.")
    assert set(a.parties) == {"حركة حماس", "إسرائيل"}


# ---------------------------------------------------------------- agreements: kinds of agreement
def test_letting_another_state_use_a_base_is_an_agreement(offline_extract):
    [a] = agreements(offline_extract, "وأعلن دبلوماسي أمريكي أن تركيا سمحت أخيرا للولايات المتحدة باستخدام قاعدة إنجرليك في ضرب التنظيم.")
    assert set(a.parties) == {"تركيا", "الولايات المتحدة"}
    assert a.agreement_type == "security_agreement" and a.status == "agreed"
    assert any("باستخدام قاعدة" in p for p in a.provisions)


def test_a_truce_with_no_side_named_is_kept_when_something_is_said_of_it(offline_extract):
    [a] = agreements(offline_extract, "ودعا المبعوث الأممي إلى اليمن إلى تمديد الهدنة الإنسانية خمسة أيام إضافية.")
    assert a.agreement_type == "ceasefire" and a.status == "proposed" and a.parties == []
    assert any("الهدنة الإنسانية" in p for p in a.provisions)
    assert agreements(offline_extract, "وقال مسؤول محلي إن الهدوء عاد إلى المدينة رغم الهدنة.") == []


def test_an_agreement_in_a_sentence_about_forces_is_a_security_agreement(offline_extract):
    [a] = agreements(offline_extract, "وقال قيادي كردي إنه جرى التوصل إلى اتفاق مع دمشق ينص على نشر قواتها حول منبج "
                         "لمواجهة أي توغل تركي.")
    assert a.agreement_type == "security_agreement" and a.status == "agreed"


def test_a_peace_agreement_under_negotiation_is_political_and_proposed(offline_extract):
    [a] = agreements(offline_extract, "وتجري مفاوضات على اتفاق سلام محتمل بين الحكومة الأفغانية وحركة طالبان.")
    assert a.agreement_type == "political" and a.status == "proposed"
    # named in passing with no sides ("التمسك باتفاق المصالحة"): outside the security domain, no record
    assert agreements(offline_extract, "وجدد الوزير التمسك باتفاق المصالحة الوطنية.") == []


def test_the_truce_as_written_is_a_provision(offline_extract):
    [a] = agreements(offline_extract, "والتزمت حركة طالبان والحكومة الأفغانية بهدنة لثلاثة أيام خلال عيد الفطر.")
    assert any(p.startswith("بهدنة لثلاثة أيام") for p in a.provisions)


def test_an_agreement_first_named_with_one_side_is_one_record(offline_extract):
    text = ("يثير الاتفاق الأمريكي لمواجهة تنظيم داعش جدلا واسعا. "
            "ويتمثل في اتفاق واشنطن وأنقرة على إقامة منطقة عازلة داخل الأراضي السورية.")
    [a] = agreements(offline_extract, text)
    assert set(a.parties) == {"الولايات المتحدة", "تركيا"}


def test_an_earlier_agreement_is_not_the_one_told(offline_extract):
    text = ("ووقعت دول الخليج اتفاقية أمنية جديدة في الرياض. "
            "وهي تحل محل اتفاقية سابقة وقعتها الكويت والسعودية عام 1994.")
    recs = agreements(offline_extract, text)
    assert not any(len(a.citations) >= 2 and "سابقة" in " ".join(c.quote for c in a.citations) for a in recs)


# ---------------------------------------------------------------- joint rooms
def test_a_room_of_listed_services_names_them_as_written(offline_extract):
    [r] = rooms(offline_extract, "وقال مصدر أمني إن غرفة العمليات المشتركة التي تضم الجيش وقوى الأمن الداخلي والأمن العام "
                    "تابعت سير الانتخابات النيابية.")
    assert r.status == "established"  # seen operating, no word of its setting up
    assert "الأمن العام" in r.participants and len(r.participants) == 3


def test_a_coalition_room_is_joint_by_its_owner(offline_extract):
    [r] = rooms(offline_extract, "وتدار المعارك من غرفة عمليات التحالف العربي في عدن.")
    assert r.location is not None and r.location.name == "عدن"
    assert r.participants == ["التحالف العربي"] and r.status == "established"


def test_states_setting_up_a_room_are_its_participants(offline_extract):
    [r] = rooms(offline_extract, "واتفقت تركيا وروسيا على إنشاء مركز تنسيق مشترك لمراقبة وقف إطلاق النار.")
    assert set(r.participants) == {"تركيا", "روسيا"} and r.status == "planned"


def test_an_armed_group_setting_up_a_room_is_a_participant_the_enemy_is_not(offline_extract):
    [r] = rooms(offline_extract, "وأعلن الحوثيون تشكيل غرفة عمليات موحدة مع قوات صالح.")
    assert "الحوثيين" in r.participants
    [r] = rooms(offline_extract, "وأقامت القوات الأمريكية وقوات سوريا الديمقراطية غرفة عمليات مشتركة في الحسكة لملاحقة عناصر داعش.")
    assert "قوات سوريا الديمقراطية" in r.participants and not any("داعش" in p for p in r.participants)


def test_forces_taking_part_are_members_and_a_supporter_is_not(offline_extract):
    [r] = rooms(offline_extract, "وتشارك ألوية العمالقة والمقاومة التهامية في الهجوم، ضمن غرفة عمليات مشتركة تحظى بإسناد جوي "
                    "من قوات التحالف العربي.")
    assert "التحالف العربي" not in r.participants and len(r.participants) >= 2


def test_a_place_far_after_the_room_is_the_place_of_its_work(offline_extract):
    [r] = rooms(offline_extract, "وأكد القائد أن غرفة عمليات مشتركة تضم الجيش اليمني والتحالف العربي تتولى إدارة المعارك الدائرة "
                    "منذ أسابيع في محافظة الحديدة.")
    assert r.location is None


def test_the_commander_of_the_joint_forces_is_the_rooms_lead(offline_extract):
    [r] = rooms(offline_extract, "وتفقد رئيس الأركان مقر قيادة القوات المشتركة للتحالف، والتقى هناك قائد القوات المشتركة "
                    "اللواء الركن سلطان بن ناصر العتيبي.")
    assert r.lead == "سلطان بن ناصر العتيبي"


def test_a_room_said_not_to_exist_is_never_established(offline_extract):
    recs = rooms(offline_extract, "ونفى المتحدث عدم وجود غرفة عمليات مشتركة مع التحالف العربي.")
    assert all(r.status != "established" for r in recs)


def test_calming_something_is_no_truce(offline_extract):
    assert agreements(offline_extract, "ويسعى وزير الدفاع الأمريكي إلى تهدئة مخاوف إسرائيل من التهديدات الإيرانية.") == []
    [a] = agreements(offline_extract, "وأعلنت حركة حماس التوصل إلى تهدئة جديدة مع إسرائيل برعاية مصرية.")
    assert a.agreement_type == "ceasefire"


def test_a_sentence_about_a_nuclear_programme_has_no_security_agreement(offline_extract):
    assert agreements(offline_extract, "وتوصلت القوى الغربية إلى اتفاق مع طهران بشأن ملفها النووي يتيح تفتيش المنشآت العسكرية.") == []


def test_a_day_wins_over_a_vaguer_period_and_a_period_is_dated_by_its_first_day(offline_extract):
    [a] = agreements(offline_extract, "واتفقت السعودية والولايات المتحدة يوم الأربعاء الماضي على تعزيز التعاون العسكري "
                         "بعد محادثات جرت الأسبوع الماضي.")
    assert a.date_precision == "day"
    [a] = agreements(offline_extract, "والتزمت حركة طالبان والحكومة الأفغانية بهدنة من 5 إلى 7 آذار/مارس 2019.")
    assert a.date == "2019-03-05" and a.date_text.startswith("من 5")


def test_halting_the_fighting_is_a_ceasefire_declared_by_the_government(offline_extract):
    text = ("وشنت حركة طالبان هجمات على مواقع للجيش في ولاية هلمند بأفغانستان. "
            "وجاء ذلك بعد إعلان الحكومة وقفا أحاديا لمدة أسبوع لعملياتها ضد طالبان.")
    [a] = agreements(offline_extract, text)
    assert a.agreement_type == "ceasefire" and a.parties == ["الحكومة الأفغانية"]
    [a] = agreements(offline_extract, "واتفق الجيش السوري وفصائل المعارضة على وقف الأعمال القتالية في ريف حمص.")
    assert a.agreement_type == "ceasefire"


def test_an_earlier_dated_agreement_is_its_own_record_in_force(offline_extract):
    text = ("ووقعت دول مجلس التعاون الخليجي الاتفاقية الأمنية الجديدة في الرياض. "
            "وهي تحل محل اتفاقية سابقة أبرمت في 12 مايو عام 1995 واستمرت حتى اليوم.")
    recs = agreements(offline_extract, text)
    assert len(recs) == 2
    earlier = next(a for a in recs if a.date == "1995-05-12")
    assert earlier.status == "implementing" and earlier.agreement_type == "security_agreement"


def test_status_words_belong_to_the_nearest_agreement_and_do_not_reach_far(offline_extract):
    text = ("يحظى الاتفاق الأمريكي التركي لمحاربة تنظيم داعش باهتمام واسع في المنطقة وفي العواصم الأوروبية "
            "ولا سيما أنه جاء عقب تعثر مطول لخطط التحالف الدولي.")
    [a] = agreements(offline_extract, text)
    assert a.status != "stalled"
    text = ("ويعد اتفاق سنجار الموقع بين الحكومة الاتحادية وحكومة إقليم كوردستان الإطار الذي ينظم إدارة القضاء "
            "وأمنه منذ سنوات، إلا أن تطبيقه ما يزال متعثرا.")
    [a] = agreements(offline_extract, text)
    assert a.status == "stalled"


def test_the_date_said_of_the_agreement_wins_over_the_news_hook(offline_extract):
    text = ("أعلنت الأمم المتحدة، الأحد، في تقريرها نصف السنوي عن أوضاع المدنيين في البلاد ارتفاع عدد الضحايا "
            "رغم تطبيق هدنة لثلاثة أيام في حزيران. "
            "وكانت حركة طالبان قد التزمت بهدنة مع الحكومة الأفغانية من 16 إلى 18 حزيران/يونيو 2018.")
    [a] = agreements(offline_extract, text)
    assert a.date == "2018-06-16"


def test_a_room_shared_with_a_coalition_or_by_all_services_is_joint(offline_extract):
    [r] = rooms(offline_extract, "وقال القائد إن قوات الجيش الوطني تدير المعارك عبر غرفة عمليات مع قوات التحالف العربي في مأرب.")
    assert "التحالف العربي" in r.participants and r.location is not None
    assert len(rooms(offline_extract, "وتفقد الوزير غرفة العمليات المركزية التي تضم ممثلين عن الأجهزة الأمنية كافة.")) == 1


def test_a_single_agency_dispatch_room_and_a_struck_room_are_no_joint_rooms(offline_extract):
    assert rooms(offline_extract, "وذكرت وزارة الداخلية أن غرفة العمليات تلقت مساء أمس بلاغا بحادث سير على الطريق السريع.") == []
    assert rooms(offline_extract, "وتلقت غرفة عمليات الدفاع المدني بلاغا عن حريق في مستودع.") == []
    assert rooms(offline_extract, "وأعلن الجيش تدمير غرفة عمليات لحركة حماس في غارة على قطاع غزة.") == []


def test_coordinated_provisions_and_provisions_cut_before_a_future_verb(offline_extract):
    text = ("واتفقت مصر والأردن على أهمية تعزيز التعاون الأمني والعسكري بين البلدين، "
            "والعمل المشترك ضد الجماعات المتطرفة.")
    [a] = agreements(offline_extract, text)
    assert any(p.startswith("العمل المشترك") for p in a.provisions)
    [a] = agreements(offline_extract, "وقال الرئيس الأفغاني إن وقف إطلاق النار سيستمر أسبوعا مع حركة طالبان.")
    assert all("سيستمر" not in p for p in a.provisions)


def test_sides_the_registry_does_not_know_are_named_as_written_after_between(offline_extract):
    [a] = agreements(offline_extract, "وأعلن مصدر أردني التوصل إلى وقف لإطلاق النار سيفضي إلى مصالحة شاملة بين المعارضة وقوات الحكومة.")
    assert a.parties == ["المعارضة", "قوات الحكومة"]
    [a] = agreements(offline_extract, "وتتجدد الاشتباكات بين الحين والآخر رغم الهدنة بين الفصائل المسلحة والجيش السوري.")
    assert "الفصائل المسلحة" in a.parties and not any("الحين" in p for p in a.parties)
    [a] = agreements(offline_extract, "ووقعت الحكومة الاتحادية وحكومة إقليم كوردستان اتفاقا أمنيا. وقال الوزير إن هذا الاتفاق "
                         "خطوة مهمة لمنع تنظيم داعش من استغلال الثغرات بين القوات.")
    assert "القوات" not in a.parties


# ---------------------------------------------------------------- joint rooms: phrasings beyond "غرفة عمليات مشتركة"
@pytest.mark.parametrize("text,place", [
    # a cell or a command is a room only with a joint or coordination word after it
    ("وأعلن الجيش والحشد الشعبي تشكيل خلية تنسيق مشتركة في بيجي.", "بيجي"),
    ("وتدار المعارك من قيادة عسكرية مشتركة بين الجيش السوري وحزب الله.", None),
    ("وافتتحت الشرطة الاتحادية والبيشمركة مكتب التنسيق المشترك في مخمور.", "مخمور"),
    # the number of parties after its work, or the adjectives of two states
    ("وأكد الوزير أن مركز المعلومات الرباعي في بغداد يتبادل البيانات مع موسكو.", "بغداد"),
    ("وعقد الضباط اجتماعا في غرفة العمليات الروسية الإيرانية في دمشق.", "دمشق"),
    # a definite head told shared, at its first mention
    ("وأكد أن المركز المشترك لتنسيق العمليات بين الجيش والبيشمركة بدأ عمله في مخمور.", "مخمور"),
    # set up by several, or by a coalition; joined by factions; owned by two forces; known by its name
    ("وأعلنت فصائل المعارضة تشكيل غرفة عمليات في ريف إدلب.", "إدلب"),
    ("وأنشأ التحالف الدولي غرفة عمليات في أربيل.", "أربيل"),
    ("وتدير غرفة عمليات الجيش والمقاومة الشعبية المعارك في تعز.", "تعز"),
    ("وقالت مصادر إن غرفة الموك في عمان أوقفت دعمها.", "عمان"),
    # what parties coordinate through; members named past its purpose
    ("وقال القائد إن الجيش ينسق مع قوات التحالف عبر غرفة عمليات في مأرب.", "مأرب"),
    ("وتم تشكيل غرفة عمليات لتنسيق الجهود الأمنية بين الجيش العراقي والبيشمركة في كركوك.", "كركوك"),
])
def test_rooms_written_in_other_ways_are_found(offline_extract, text, place):
    [r] = rooms(offline_extract, text)
    assert (r.location.name if r.location else None) == place or (place and place in r.location.name)


def test_countries_listed_after_the_room_are_its_members_not_its_places(offline_extract):
    [r] = rooms(offline_extract, "وتعمل في بغداد غرفة عمليات تضم ضباطا من روسيا وإيران وسوريا.")
    assert r.location.name == "بغداد" and set(r.participants) == {"روسيا", "إيران", "سوريا"}
    [r] = rooms(offline_extract, "وأعلن العراق وروسيا وإيران وسوريا إنشاء مركز معلومات رباعي في بغداد.")
    assert r.status == "planned" and len(r.participants) == 4


def test_a_room_of_an_alliance_told_in_its_sentence(offline_extract):
    [r] = rooms(offline_extract, "وانضم العراق إلى تحالف رباعي مع روسيا وإيران وسوريا، وتقع غرفة عملياته في بغداد.")
    assert r.location.name == "بغداد" and {"روسيا", "إيران", "سوريا"} <= set(r.participants)


def test_a_long_chain_of_adjectives_is_one_room_name(offline_extract):
    [r] = rooms(offline_extract, "وكشف مصدر عن غرفة العمليات العسكرية الروسية السورية المشتركة في اللاذقية.")
    assert r.name.endswith("المشتركة") and r.location.name == "اللاذقية"


@pytest.mark.parametrize("text", [
    "وفككت القوات الأمنية خلية إرهابية مشتركة بين عناصر داعش والقاعدة.",  # a terrorist cell
    "وعقدت خلية الأزمة اجتماعا لبحث أوضاع النازحين.",  # a government crisis cell
    "وافتتح الأمير معرض الكتاب في المركز الدولي للمعارض في جدة.",  # "international" right after a head
    "وتواصل غرفة العمليات الروسية في حميميم رصد الخروقات.",  # one state's room
    "وقصفت طائرات التحالف غرفة عمليات للحوثيين في صعدة.",  # a struck room of one party
    "وقال مكتب تنسيق الشؤون الإنسانية إن المساعدات وصلت إلى الحديدة.",  # a humanitarian office
    "وقالت قيادة العمليات المشتركة إن القوات حررت القرية.",  # Iraq's JOC: an actor, not a new room
    "وأعلنت قيادة التحرك الدولي عن خطة لدعم التعليم.",  # a command with no joint word
])
def test_rooms_that_are_not_joint_are_left(offline_extract, text):
    assert rooms(offline_extract, text) == []


def test_a_room_with_no_place_and_no_known_member_is_still_a_record(offline_extract):
    [r] = rooms(offline_extract, "وتبنت الغرفة المشتركة لكتائب المقاومة إطلاق الصواريخ على المستوطنات.")
    assert r.location is None and r.participants == ["كتائب المقاومة"]
    assert r.status == "established"  # the room speaks: "تبنت" tells no setting up


def test_two_rooms_in_the_dual_are_found(offline_extract):
    [r] = rooms(offline_extract, "وقال المتحدث إن غرفتي عمليات مشتركتين مع البيشمركة تعملان في مخمور.")
    assert r.location.name == "مخمور" and "البيشمركة" in r.participants


@pytest.mark.parametrize("text", [
    "وقال المدير إن المركز بتسهيل إجراءات تنسيق الرحلات يخدم الحجاج.",  # a definite head, no joint adjective
    "ويقدم مركز الاتصال الموحد خدمات الحجز للمسافرين.",  # "unified" said of a call centre
    "وشاركت جمعية مراكز الأحياء وتم لها التنسيق مع المدارس.",  # a coordination word far, past a verb
])
def test_joint_words_far_or_said_of_other_things_make_no_room(offline_extract, text):
    assert rooms(offline_extract, text) == []


def test_factions_joining_a_room_are_its_members_and_the_force_it_fights_is_not(offline_extract):
    [r] = rooms(offline_extract, "وأعلنت الفصائل المقاتلة في ريف درعا انضمامها إلى غرفة عمليات واحدة لصد هجوم قوات النظام.")
    assert r.participants == ["الفصائل المقاتلة"]


def test_a_count_of_parties_in_the_accusative(offline_extract):
    [r] = rooms(offline_extract, "وكانت الدول الثلاث قد أقامت مركزا ثلاثيا لمراقبة الهدنة في أستانا.")
    assert r.location.name == "أستانا"


def test_doers_in_an_earlier_clause_and_coordination_told_after_the_room(offline_extract):
    [r] = rooms(offline_extract, "واتفق الجيش والبيشمركة، خلال اجتماع في أربيل، على تشكيل غرفة عمليات في مخمور.")
    assert r.location.name == "مخمور" and {"الجيش العراقي", "البيشمركة"} <= set(r.participants)
    [r] = rooms(offline_extract, "وقال القائد إن غرفة العمليات في عدن تعمل بالتنسيق مع قوات التحالف.")
    assert r.location.name == "عدن" and "التحالف العربي" in r.participants
    # one ministry setting up a room, or a service's room working with the police: no joint room
    assert rooms(offline_extract, "وقال الوزير، إن وزارة الداخلية قررت تشكيل غرفة عمليات في البصرة.") == []
    assert rooms(offline_extract, "وقال المدير إن غرفة عمليات الدفاع المدني تعمل بالتنسيق مع الشرطة.") == []
