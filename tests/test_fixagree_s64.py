"""Pass 64 (fixagree64): review64 findings 11, 12, 13 and 22 on agree64's rules; sentences written for these tests,
none from the corpus."""

from __future__ import annotations

from collections import Counter

from marsad.agent.offline import actors_home, agreements_parties, context


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2018-04-13").agreements


def _actor_names(offline_extract, text: str) -> set[str]:
    return {a.canonical_name or a.name for a in offline_extract(text, published="2018-04-13").actors}


# Finding 11: STORY_MILITARY_TIES admits no civil memorandum ---------------------------------------------------------

_SINAI = "أعلن الجيش المصري مقتل ستة مسلحين في حملة أمنية في شمال سيناء. "


def test_a_civil_memorandum_after_a_turn_marker_is_no_military_tie(offline_extract):
    text = ("قتل أربعة من جنود الجيش المصري في هجوم على نقطة تفتيش في شمال سيناء. وفي شأن منفصل، قال مسؤول إن مذكرة "
            "التفاهم الموقعة بين مصر والأردن دخلت حيز التنفيذ.")
    assert not _agreements(offline_extract, text)


def test_an_agreement_with_a_subject_of_its_own_is_no_military_tie(offline_extract):
    text = _SINAI + "وأكد مسؤول أن الاتفاقية الموقعة بين مصر والسودان بشأن استيراد الأغنام سارية."
    assert not _agreements(offline_extract, text)


def test_an_agreement_told_by_a_civil_minister_is_no_military_tie(offline_extract):
    text = _SINAI + "وأكد وزير الزراعة أن الاتفاقية الموقعة بين مصر والسودان سارية."
    assert not _agreements(offline_extract, text)


def test_a_bare_memorandum_in_a_story_of_military_ties_is_still_kept(offline_extract):
    text = ("قررت الدنمارك سحب مدربيها العسكريين من النيجر وإنهاء برنامج تدريب الجيش النيجري الذي بدأ قبل عامين. "
            "وقالت كوبنهاغن إن توقيف أحد ضباطها على الحدود يخرق مذكرة التفاهم الموقعة بين الدنمارك والنيجر.")
    ags = _agreements(offline_extract, text)
    assert len(ags) == 1 and ags[0].agreement_type == "coordination" and len(ags[0].parties) == 2


# Finding 13: "وقعنا/وقعوا في كمين" is falling, not signing -----------------------------------------------------------

def test_we_fell_into_an_ambush_is_no_signing(offline_extract):
    ags = _agreements(offline_extract, "وقال قائد الفصيل: وقعنا في كمين للجيش خلال الهدنة.")
    assert len(ags) == 1 and ags[0].status != "agreed"
    ags = _agreements(offline_extract, "وقال قائد الفصيل إن عناصره وقعوا في كمين رغم التهدئة مع الجيش.")
    assert len(ags) == 1 and ags[0].status != "agreed"


def test_we_signed_a_truce_is_still_agreed(offline_extract):
    ags = _agreements(offline_extract, "وقال قائد الفصيل: وقعنا مع الجيش هدنة تبدأ الليلة في أحياء المدينة.")
    assert len(ags) == 1 and ags[0].status == "agreed"


# Finding 22: a crowd dispersed by the police is no PMF ---------------------------------------------------------------

def test_a_crowd_dispersed_by_the_police_is_no_pmf(offline_extract):
    for text in ("فرقت شرطة مكافحة الشغب الحشد الغاضب أمام مبنى البلدية في الناصرية مساء الخميس.",
                 "واستخدمت قوات الأمن الغاز المسيل للدموع لتفريق الحشد المتجمع قرب مقر الحزب في الكوت.",
                 "وتجمع الحشد قرب القوات الأمنية أمام مبنى المحافظة."):
        assert "الحشد الشعبي" not in _actor_names(offline_extract, text), text


def test_a_bare_pmf_joined_to_a_force_or_led_is_the_pmf(offline_extract):
    for text in ("وتمكنت القوات الأمنية والحشد من استعادة السيطرة على القرية بعد معارك عنيفة.",
                 "وقال قيادي في الحشد إن المقاتلين يستعدون لدخول البلدة."):
        assert "الحشد الشعبي" in _actor_names(offline_extract, text), text


# Finding 12: one country vote, the shared clitic table, public actors_home names --------------------------------------

def test_bare_names_read_the_shared_clitic_table():
    assert agreements_parties._bare_name_of("وللجيش") == "الجيش"
    assert agreements_parties._bare_name_of("بالجيش") == "الجيش"
    assert agreements_parties._bare_name_of("لجيش") == "لجيش"
    assert context._short_name_of("للحشد") == "الحشد" and context._short_name_of("وبالحشد") == "الحشد"
    assert context._short_name_of("حشد") is None


def test_actors_home_helpers_are_public():
    assert all(callable(getattr(actors_home, n)) for n in ("bare_generic", "fold_prefix", "national_body"))
    assert actors_home.bare_generic("الجيش") and not actors_home.bare_generic("الجيش اللبناني")


def test_adjective_cities_vote_only_for_their_adjective(offline_extract, monkeypatch):
    text = "شهدت مدينة طرابلس اللبنانية اشتباكات عنيفة."
    seen: list[tuple[Counter, Counter]] = []
    real = agreements_parties._told_countries

    def spy(ctx, sentences, adjective_cities=False):
        seen.append((real(ctx, sentences), real(ctx, sentences, True)))
        return real(ctx, sentences, adjective_cities)

    monkeypatch.setattr(agreements_parties, "_told_countries", spy)
    offline_extract(text + " وتوصل الجيش إلى اتفاق مع المسلحين لوقف إطلاق النار.", published="2018-04-13")
    assert seen and any(plain != told and told.get("LB") and not told.get("LY") for plain, told in seen)
