"""Offline actors, session 10 (issue 12.2/12.6): false actors on real news. Sentences written for the tests."""

from __future__ import annotations


def _names(records) -> set[str]:
    return {a.name for a in records.actors}


# -- names running into the next word after a title ------------------------------------------------------------


def test_quantifier_after_a_title_is_no_name(offline_extract):
    r = offline_extract("ولم يعط الرئيس الفرنسي أي معلومات عن منفذي الهجوم في مدينة نيس.")
    assert not any(a.type == "official" for a in r.actors)


def test_quoted_words_after_a_group_are_no_name(offline_extract):
    r = offline_extract('وقال داود سليم المتحدث باسم الحركة "إثر مشاورات مصرية طويلة مع حركتي حماس '
                        'والجهاد الإسلامي تم التوافق على هدنة جديدة".')
    assert "تم التوافق" not in _names(r)
    assert "داود سليم" in _names(r)


def test_masdar_after_a_place_is_no_name(offline_extract):
    r = offline_extract("ووصف كريم علي بلوش، وزير داخلية إقليم البنجاب وكبرى مدنه لاهور إطلاق النار بأنه عمل إرهابي.")
    assert not any("إطلاق" in a.name for a in r.actors)


def test_plural_object_after_a_name_is_no_family_name(offline_extract):
    r = offline_extract("وتفقد رئيس هيئة الأركان العامة بالجيش الليبي اللواء سالم مفتاح الوحدات المتمركزة قرب سرت.")
    assert "سالم مفتاح" in _names(r)


def test_family_name_after_an_organisation_still_read(offline_extract):
    r = offline_extract("وقال رئيس لجنة الأمن في البرلمان العراقي أرشد الصالحي إن الوضع مستقر.")
    assert "أرشد الصالحي" in _names(r)


# -- Iraqi registry bodies named bare abroad ----------------------------------------------------------------------


def test_counter_terrorism_forces_abroad_are_not_iraqi(offline_extract):
    r = offline_extract("وتبنى تنظيم داعش أمس الهجوم الذي استهدف مقرا لقوات مكافحة الإرهاب في عدن "
                        "وأوقع جنديين قتيلين.")
    (cts,) = [a for a in r.actors if "مكافحة" in a.name]
    assert cts.affiliation is None and cts.canonical_name == "قوات مكافحة الإرهاب"


def test_counter_terrorism_service_in_iraq_stays_iraqi(offline_extract):
    r = offline_extract("واقتحمت قوات مكافحة الإرهاب حي الشفاء في الموصل بعد معارك مع داعش.")
    (cts,) = [a for a in r.actors if "مكافحة" in a.name]
    assert cts.canonical_name == "جهاز مكافحة الإرهاب"


# -- a staff named only in its head's title -----------------------------------------------------------------------


def test_staff_only_in_a_title_is_no_actor(offline_extract):
    r = offline_extract("ووصل وزير الدفاع خالد المحمد يرافقه معاون رئيس أركان الجيش صباح الجمعة إلى قاعدة الحبانية.")
    assert not any("أركان" in a.name for a in r.actors)
    r = offline_extract("وتفقد رئيس هيئة الأركان العامة بالجيش الليبي اللواء سالم مفتاح الوحدات المتمركزة قرب سرت.")
    assert not any("الأركان" in a.name for a in r.actors)


def test_staff_acting_is_an_actor(offline_extract):
    r = offline_extract("وأعلنت هيئة الأركان العامة أن قواتها صدت هجوما على مواقعها في سرت.")
    assert "هيئة الأركان العامة" in _names(r)


# -- a bare army before another country's nationality ---------------------------------------------------------------


def test_bare_army_with_a_foreign_nationality_is_that_army(offline_extract):
    r = offline_extract("وقالت موسكو إن الجيش الأوكراني أسقط المروحية قرب لوغانسك، مؤكدة أن قواتها "
                        "لم تكن هناك.")
    (army,) = [a for a in r.actors if "الجيش" in a.name]
    assert army.name == "الجيش الأوكراني" and army.canonical_name == "الجيش الأوكراني"


def test_bare_army_in_news_of_a_country_still_that_country(offline_extract):
    r = offline_extract("وقال الجيش إن قواته قتلت مسلحين في ولاية بورنو شمال نيجيريا.")
    (army,) = [a for a in r.actors if "الجيش" in a.name]
    assert army.canonical_name == "الجيش النيجيري"


def test_nisba_country():
    from marsad.agent.offline.actors import nisba_country

    assert nisba_country("الأوكراني") == "UA"
    assert nisba_country("الهندية") == "IN"
    assert nisba_country("التركي") == "TR"
    assert nisba_country("الأمريكي") == "US"
    assert nisba_country("الإسلامي") is None


# -- countries named as places joined by a border or a road ------------------------------------------------------


def test_border_between_two_countries_names_no_state(offline_extract):
    r = offline_extract("واشتبك الجنود ليلا مع مسلحين على امتداد الحدود بين الهند وباكستان.")
    assert not any(a.type == "government_body" for a in r.actors)
    r = offline_extract("وزار القائد المنفذ الحدودي الرابط بين اليمن وسلطنة عمان.")
    assert not any(a.type == "government_body" for a in r.actors)


def test_agreement_between_two_countries_names_both_states(offline_extract):
    r = offline_extract("ووقعت اتفاقية بين الهند وباكستان لوقف إطلاق النار على الحدود.")
    assert {"الهند", "باكستان"} <= _names(r)


# -- a place named after a man ------------------------------------------------------------------------------------


def test_quarter_named_after_a_sheikh_is_no_person(offline_extract):
    r = offline_extract("وقال مصدر إن الانفجار وقع في حي الشيخ ناصر شمال مدينة غزة مساء أمس.")
    assert not r.actors


def test_sheikh_speaking_is_a_person(offline_extract):
    r = offline_extract("وقال الشيخ ناصر العلي إن الهجوم فشل.")
    assert "ناصر العلي" in _names(r)


# -- one country's forces typed as a coalition's -------------------------------------------------------------------


def test_us_forces_outside_a_coalition_are_state_military(offline_extract):
    r = offline_extract("وشن الجيش الأمريكي غارة جوية على معسكر لحركة الشباب قرب مدينة جلب جنوب الصومال.")
    (us,) = [a for a in r.actors if "الأمريكي" in a.name]
    assert us.type == "state_military"


def test_us_forces_with_a_coalition_named_are_foreign_coalition(offline_extract):
    r = offline_extract("وشن الجيش الأمريكي غارة جوية على مواقع داعش قرب الرقة ضمن عمليات التحالف الدولي.")
    (us,) = [a for a in r.actors if "الأمريكي" in a.name]
    assert us.type == "foreign_coalition"
    r = offline_extract("وقصفت الطائرات الأمريكية مواقع لداعش قرب الموصل.")
    (us,) = [a for a in r.actors if "الأمريكية" in a.name]
    assert us.type == "foreign_coalition"


# -- roles fixed in time -----------------------------------------------------------------------------------------


def test_role_at_follows_the_date():
    from marsad.core.lexicon import get_lexicon, role_at

    lex = get_lexicon()
    mbs = lex.get("actors", "mohammed_bin_salman")
    assert role_at(mbs, "2015-07-21").startswith("ولي ولي العهد")
    assert role_at(mbs, "2019-02-01").startswith("ولي العهد")
    abadi = lex.get("actors", "haider_al_abadi")
    assert role_at(abadi, "2016-03-01") == "رئيس مجلس الوزراء"
    assert role_at(abadi, "2021-03-01") == "رئيس الوزراء الأسبق"
    assert role_at(abadi, "2010-03-01") is None
    assert role_at(lex.get("actors", "barack_obama"), "2019-01-01") is None
    assert role_at(lex.get("actors", "barack_obama"), None) == "الرئيس الأمريكي"


def test_registry_official_takes_the_role_of_the_article_date(offline_extract):
    text = "واستقبل الأمير محمد بن سلمان وفدا عسكريا في الرياض لبحث الأوضاع في اليمن."
    (mbs,) = [a for a in offline_extract(text, published="2016-01-10").actors if "سلمان" in a.name]
    assert mbs.role.startswith("ولي ولي العهد")
    (mbs,) = [a for a in offline_extract(text, published="2019-01-10").actors if "سلمان" in a.name]
    assert mbs.role.startswith("ولي العهد نائب")


# -- more names that are no person, and one person named twice ------------------------------------------------------


def test_hashtag_name_and_plain_name_are_one_person(offline_extract):
    r = offline_extract("وأبدى الشيخ #سلطان_بن_سحيم اعتراضه على القرار. وأكد الشيخ سلطان بن سحيم أن أسرته ترفضه.")
    assert len([a for a in r.actors if "سحيم" in a.name]) == 1


def test_nickname_after_a_name_is_no_other_person(offline_extract):
    r = offline_extract('وقتل القيادي البارز سالم علي الزبيدي المكنى "أبو فارس" في غارة للتحالف قرب صعدة.')
    assert not any("فارس" in a.name for a in r.actors)
    assert "سالم علي الزبيدي" in _names(r)


def test_nickname_after_a_title_is_a_person(offline_extract):
    r = offline_extract("وقال القيادي المكنى أبو فارس الزبيدي إن الهجوم فشل.")
    assert "أبو فارس الزبيدي" in _names(r)


def test_word_with_nunation_is_no_name(offline_extract):
    r = offline_extract("وأكد الوزير الإيراني مبرراً ما اعتبره واجب بلاده تجاه حلفائها أن الدعم سيتواصل.")
    assert not any(a.type == "official" for a in r.actors)


def test_numbered_brigade_is_no_rank(offline_extract):
    r = offline_extract("وذكر العقيد ناصر محمد قائد اللواء ثالث حرس حدود أن المعارك مستمرة منذ الفجر.")
    assert not any("حرس" in a.name for a in r.actors)
    assert "ناصر محمد" in _names(r)


def test_common_noun_after_a_minister_is_no_family_name(offline_extract):
    r = offline_extract("وقالت وزيرة الإعلام مريم خان القرار بأنه ظالم.")
    assert "مريم خان" in _names(r)


def test_border_region_with_conjunction_names_no_state(offline_extract):
    r = offline_extract("وقصفت الطائرات مواقع في محافظة صعدة والحدودية مع السعودية.")
    assert not any(a.type == "government_body" for a in r.actors)


def test_city_named_after_a_prince_is_no_person(offline_extract):
    r = offline_extract("ووصل الضيوف إلى ميدان العرض بمدينة الأمير فهد الأمنية شرق الرياض.")
    assert not r.actors
    r = offline_extract("وزار الوفد جامعة الأمير نايف الأمنية في الرياض.")
    assert not r.actors


# -- armies and police of more countries; foreign ranks -------------------------------------------------------------


def test_indian_army_and_its_colonel(offline_extract):
    r = offline_extract("وقال الكولونيل راجيش كومار، المتحدث باسم الجيش الهندي، إن تبادل النار بدأ فجرا في كشمير.")
    assert "الجيش الهندي" in _names(r)
    (col,) = [a for a in r.actors if a.name == "راجيش كومار"]
    assert col.affiliation == "Indian Army"


def test_bare_army_in_indian_news_is_the_indian_army(offline_extract):
    r = offline_extract("وقال الجيش إن جنديين قتلا في اشتباك مع مسلحين في ولاية جامو وكشمير الهندية.")
    (army,) = [a for a in r.actors if "الجيش" in a.name]
    assert army.canonical_name == "الجيش الهندي"


def test_captain_is_no_rank_read_as_a_title(offline_extract):
    r = offline_extract("وقال الكابتن مايكل براون إن الطائرة هبطت بسلام.")
    assert not any(a.type == "official" for a in r.actors)


# -- a bare "الحكومة" acting in news of one country ---------------------------------------------------------------


def test_bare_government_party_is_the_countrys_state(offline_extract):
    r = offline_extract("قتل ثلاثة جنود في هجوم لطالبان في ولاية غزني بأفغانستان. والتزمت طالبان بهدنة مع الحكومة خلال العيد.")
    (gov,) = [a for a in r.actors if a.name == "الحكومة"]
    assert gov.type == "government_body" and gov.canonical_name == "أفغانستان"


def test_bare_government_joins_the_government_the_article_names(offline_extract):
    r = offline_extract("أطلق الحوثيون صاروخا على الرياض في السعودية واعترضته الدفاعات السعودية. واعتبرت الحكومة اليمنية "
                        "الهجوم تصعيدا، ودعت السعودية إلى الرد. وقالت الحكومة إنها ترفض الحوار.")
    (yemen,) = [a for a in r.actors if a.canonical_name == "اليمن"]
    assert "الحكومة" in yemen.aliases
    assert not any("الحكومة" in a.aliases for a in r.actors if a.canonical_name == "السعودية")


def test_bare_government_qualified_or_in_iraq_is_left(offline_extract):
    r = offline_extract("قتل ثلاثة جنود في هجوم في ولاية غزني بأفغانستان. وقالت الحكومة السابقة إنها حذرت من الهجمات.")
    assert not any(a.name == "الحكومة" for a in r.actors)
    r = offline_extract("قتل جنود في هجوم في بغداد. وقالت الحكومة إنها ستلاحق المهاجمين.")
    assert not any(a.name == "الحكومة" for a in r.actors)


def test_forces_of_a_government_are_its_army(offline_extract):
    r = offline_extract("وتخوض قوات الحكومة الليبية منذ أشهر معارك مع جماعات متشددة في درنة.")
    (army,) = r.actors
    assert army.type == "state_military" and army.name == "قوات الحكومة الليبية"
    r = offline_extract("وقالت الحكومة الليبية إنها ستحاسب المهاجمين.")
    assert [a.type for a in r.actors] == ["government_body"]


# -- a title that serves a known official --------------------------------------------------------------------------


def test_adviser_of_a_known_official_named_after_him(offline_extract):
    r = offline_extract("وقال المستشار الإعلامي الأول لرئيس مجلس الوزراء حيدر العبادي مازن الكبيسي إن الخطة ماضية.")
    (abadi,) = [a for a in r.actors if a.name == "حيدر العبادي"]
    assert abadi.role == "رئيس مجلس الوزراء"
    (adviser,) = [a for a in r.actors if a.name == "مازن الكبيسي"]
    assert adviser.role.startswith("المستشار الإعلامي")


def test_spokesman_on_behalf_of_a_known_official_is_not_his_title(offline_extract):
    r = offline_extract("وقال المتحدث باسم رئيس الوزراء حيدر العبادي إن الحكومة ماضية.")
    (abadi,) = [a for a in r.actors if a.name == "حيدر العبادي"]
    assert "المتحدث" not in (abadi.role or "")


def test_hashtag_name_before_a_verb_of_saying(offline_extract):
    r = offline_extract("وكانت زعيمة حزب المحافظين #تيريزا_ماي قالت أمس أمام البرلمان إن التهديد جدي.")
    assert not any("قالت" in a.name for a in r.actors)


def test_aircraft_of_a_regime_are_its_forces(offline_extract):
    r = offline_extract("قتل 19 مدنيا بغارات شنتها طائرات نظام الأسد على بلدات في ريف إدلب الجنوبي.")
    assert [a.type for a in r.actors] == ["state_military"]


def test_base_named_after_a_king_is_no_person(offline_extract):
    r = offline_extract("وحطت الطائرة ظهرا في مطار قاعدة الملك سلمان الجوية شمال العاصمة.")
    assert not any(a.type == "official" for a in r.actors)
    r = offline_extract("وقال الملك سلمان إن المملكة ماضية.")
    assert any(a.name == "الملك سلمان" for a in r.actors)


def test_conjunction_of_time_is_no_name(offline_extract):
    r = offline_extract("وقال رئيس الدائرة الأمنية في مدينة لييج عندما أتى المهاجم إن الشرطة ردت.")
    assert not any(a.type == "official" for a in r.actors)


def test_list_after_between_names_places(offline_extract):
    r = offline_extract("وتصل الطريق بين ثلاث محافظات، هي: مأرب وعمران وصعدة.")
    assert not any(a.type == "government_body" for a in r.actors)


def test_abbreviation_of_a_body_in_a_title_stays_in_the_title(offline_extract):
    r = offline_extract("والتقى المدير الأسبق لوكالة المخابرات المركزية (سي آي إيه) وزير الخارجية الباكستاني في مدينة لاهور.")
    assert not any("الاستخبارات" in a.canonical_name for a in r.actors)
    r = offline_extract("وأشار تقرير سري لوكالة المخابرات المركزية (سي آي إيه) إلى أن التفجير خطط له من الخارج.")
    assert any("الاستخبارات" in a.canonical_name for a in r.actors)
