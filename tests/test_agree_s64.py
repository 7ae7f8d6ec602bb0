"""Pass 64 (agree64): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_cues, agreements_parties


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2019-05-14").agreements


def _parties(offline_extract, text: str) -> list[set[str]]:
    return [set(a.parties) for a in _agreements(offline_extract, text)]


# MOVEMENT_SIDES: a country's political movement is a side ------------------------------------------------------------

_TWO_MOVEMENTS = "وتوصلت حركة أمل وحزب الله مساء الأحد إلى اتفاق لوقف إطلاق النار في أحياء المدينة الجنوبية."
_WITH_MOVEMENT = "وأعلنت الحكومة اليمنية توقيع اتفاق أمني مع المجلس الانتقالي الجنوبي لتوحيد القوات العسكرية في مدينة عدن."


def test_a_movement_written_first_is_a_side(offline_extract):
    assert _parties(offline_extract, _TWO_MOVEMENTS) == [{"حركة أمل", "حزب الله"}]


def test_a_movement_after_with_is_a_side(offline_extract):
    parties = _parties(offline_extract, _WITH_MOVEMENT)
    assert len(parties) == 1 and "المجلس الانتقالي الجنوبي" in parties[0] and len(parties[0]) == 2


def test_a_body_of_no_country_stays_no_side(offline_extract):
    parties = _parties(offline_extract, "وتوصلت الأمم المتحدة وحركة طالبان إلى اتفاق لوقف إطلاق النار خلال أيام العيد.")
    assert all("الأمم المتحدة" not in p for p in parties)


def test_movement_sides_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_cues, "MOVEMENT_SIDES", False)
    assert _parties(offline_extract, _TWO_MOVEMENTS) == [{"حزب الله"}]


# STORY_FORCES: a bare army in an article of no one country is its story's -------------------------------------------

_CITY_NISBA = ("دارت مواجهات في مدينة طرابلس اللبنانية طوال ليل الخميس. "
               "وتوصل الجيش صباح الجمعة إلى اتفاق مع المسلحين لوقف إطلاق النار في أحياء المدينة.")


def test_a_bare_army_takes_the_country_of_the_city_told_with_its_adjective(offline_extract):
    assert _parties(offline_extract, _CITY_NISBA) == [{"الجيش اللبناني"}]


def test_a_bare_army_of_two_countries_named_alike_is_kept_as_written(offline_extract):
    text = "واجتمع وزيرا دفاع تركيا وروسيا في العاصمة. ووقع الجيش اتفاقا لتأمين الحدود بعد الاجتماع."
    assert _parties(offline_extract, text) == [{"الجيش"}]


def test_a_bare_army_in_a_story_of_no_country_stays_the_registry_reading(offline_extract):
    text = "وقال ضباط إن الجيش وقع اتفاقا مع المسلحين لوقف إطلاق النار في البلدة."
    assert _parties(offline_extract, text) == [{"الجيش العراقي"}]


def test_story_forces_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "STORY_FORCES", False)
    assert _parties(offline_extract, _CITY_NISBA) == [{"الجيش العراقي"}]


# EXCHANGE_AFTER_WITH: an exchange of prisoners told past the side after "مع" -----------------------------------------

_SWAP_WITH = "وأعلنت الحكومة الصومالية أنها توصلت إلى اتفاق مع حركة الشباب لتبادل الأسرى خلال الأسبوع المقبل."


def test_an_exchange_past_the_side_after_with_is_a_deal(offline_extract):
    ags = _agreements(offline_extract, _SWAP_WITH)
    assert len(ags) == 1 and ags[0].agreement_type == "other" and len(ags[0].parties) == 2
    assert any("تبادل الأسرى" in p for p in ags[0].provisions)


def test_an_exchange_of_expertise_with_a_side_is_no_deal(offline_extract):
    text = "ووقعت جامعة المدينة اتفاقا مع شركة النفط الوطنية لتبادل الخبرات في مجال التدريب."
    assert not _agreements(offline_extract, text)


def test_exchange_after_with_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_cues, "EXCHANGE_AFTER_WITH", False)
    assert not _agreements(offline_extract, _SWAP_WITH)


# First-person verbs of agreeing (data key agreed): a spokesman's "توصلنا" is an agreement reached ---------------------

def test_a_first_person_agreement_told_by_a_spokesman_is_agreed(offline_extract):
    text = "وصرح متحدث باسم حماس لإذاعة محلية مساء السبت: اتفقنا مع الوسطاء على تهدئة شاملة تبدأ الليلة."
    ags = _agreements(offline_extract, text)
    assert len(ags) == 1 and ags[0].status == "agreed" and ags[0].agreement_type == "ceasefire"


# context.SHORT_NAME_FULL: a bare "الحشد" is the group only beside its full name ---------------------------------------

def _actor_names(offline_extract, text: str) -> set[str]:
    return {a.canonical_name or a.name for a in offline_extract(text, published="2019-05-14").actors}


def test_a_bare_short_name_in_an_article_without_the_full_name_is_no_actor(offline_extract):
    text = "ويخشى المراقبون أن يتأثر هذا الحشد الغاشم بالفكر المتطرف. وقالت الشرطة إن الحفل انتهى بهدوء."
    assert "الحشد الشعبي" not in _actor_names(offline_extract, text)


def test_a_bare_short_name_beside_the_full_name_is_the_group(offline_extract):
    text = "ووصلت قوات الحشد الشعبي إلى أطراف البلدة فجرا. وقال قائد ميداني إن الحشد سيبدأ الهجوم خلال ساعات."
    assert "الحشد الشعبي" in _actor_names(offline_extract, text)


def test_short_name_full_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import context

    text = "ويخشى المراقبون أن يتأثر هذا الحشد الغاشم بالفكر المتطرف."
    monkeypatch.setattr(context, "SHORT_NAME_FULL", False)
    assert "الحشد الشعبي" in _actor_names(offline_extract, text)


def test_a_person_named_by_a_peoples_adjective_alone_is_no_actor(offline_extract):
    text = "وتتوالى التطورات في المشهد السوداني بعد قرار الحكومة في الخرطوم الإفراج عن المعتقلين."
    assert "محمد شياع السوداني" not in _actor_names(offline_extract, text)


# actors_persons._claims_at: "يدعي" (claims) is no "يدعى" (is called) ------------------------------------------------

_CLAIMS = "وحذرت البلدية السكان من شراء الأراضي التي يدعي قادة وأنصار العصابة ملكيتها في الوادي."


def test_claims_opens_no_name(offline_extract):
    names = {a.name for a in offline_extract(_CLAIMS, published="2019-05-14").actors}
    assert not any(n.startswith("قادة") for n in names)


def test_is_called_spelt_with_ya_before_a_given_name_still_opens_a_name(offline_extract):
    text = "واعتقلت الشرطة شابا يدعي عبدالله ناصر الكبيسي في حي الجامعة."
    assert "عبدالله ناصر الكبيسي" in {a.name for a in offline_extract(text, published="2019-05-14").actors}


# agreements_records.STORY_MILITARY_TIES: a bare memorandum of two states in a story of military ties -------------------

_MISSION = ("قررت النرويج سحب مدربيها العسكريين من مالي وإنهاء برنامج تدريب الجيش المالي الذي بدأ قبل ثلاث سنوات. "
            "وقالت أوسلو إن احتجاز أحد ضباطها في المطار ينتهك بنود مذكرة التفاهم الموقعة بين أوسلو وباماكو.")


def test_a_bare_memorandum_in_a_story_of_military_ties_is_kept(offline_extract):
    ags = _agreements(offline_extract, _MISSION)
    assert len(ags) == 1 and ags[0].agreement_type == "coordination" and len(ags[0].parties) == 2


def test_a_bare_memorandum_in_a_story_of_trade_is_dropped(offline_extract):
    text = ("قررت النرويج خفض وارداتها من القطن المالي بعد ارتفاع الأسعار في الأسواق العالمية. "
            "وقالت أوسلو إن القرار لا ينتهك بنود مذكرة التفاهم الموقعة بين أوسلو وباماكو.")
    assert not _agreements(offline_extract, text)


def test_story_military_ties_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_records

    monkeypatch.setattr(agreements_records, "STORY_MILITARY_TIES", False)
    assert not _agreements(offline_extract, _MISSION)
