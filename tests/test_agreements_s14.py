"""Agreements and joint rooms, fourteenth pass: sentences written for these tests (none from the corpus).

Judged on fresh development-slice articles outside the real-news set (seeds 1300-1349) and on every development
article a rule changes (record dumps of the whole slice, rule off vs on).
"""

from __future__ import annotations

from marsad.agent.offline import agreements_named, agreements_sides


def _agreements(extract, text, **kw):
    return [(a.agreement_type, a.status, sorted(a.parties)) for a in extract(text, **kw).agreements]


# --- the subjects of a signing verb in a relative clause on the agreement are its sides ----------------------

def test_leaders_who_approved_a_truce_stand_for_their_states(offline_extract):
    text = ("وفي موسكو، قالت وزارة الخارجية الروسية إن لافروف شدد على التزام بلاده باتفاق الهدنة في شمال سوريا، "
            "الذي أقره الرئيسان ترمب وبوتين في قمة سابقة.")
    [(kind, _status, parties)] = _agreements(offline_extract, text)
    assert kind == "ceasefire"
    assert parties == sorted(["الولايات المتحدة", "روسيا"])


def test_capitals_that_signed_the_agreement_are_its_sides(offline_extract):
    text = "وأكد الوزير التزام الحكومة بالاتفاقية الأمنية التي وقعها العراق مع تركيا العام الماضي."
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert parties == sorted(["العراق", "تركيا"])


def test_relative_signers_off_keeps_the_teller(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_named, "RELATIVE_SIGNERS", False)
    text = ("وفي موسكو، قالت وزارة الخارجية الروسية إن لافروف شدد على التزام بلاده باتفاق الهدنة في شمال سوريا، "
            "الذي أقره الرئيسان ترمب وبوتين في قمة سابقة.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert "الولايات المتحدة" not in parties


# --- a bare "الحكومة" after "مع" is the government of the article's country ------------------------------------

_AFGHAN_TRUCE = ("قالت الأمم المتحدة إن أفغانستان شهدت أعلى حصيلة للقتلى المدنيين. وحركة طالبان، التي التزمت بهدنة "
                 "مع الحكومة لثلاثة أيام في يونيو، مسؤولة عن ثلث الضحايا.")


def test_a_truce_with_the_government_names_the_story_states_government(offline_extract):
    [(kind, _status, parties)] = _agreements(offline_extract, _AFGHAN_TRUCE)
    assert kind == "ceasefire"
    assert parties == sorted(["حركة طالبان", "الحكومة الأفغانية"])


def test_bare_government_off_leaves_one_side(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_named, "BARE_GOVERNMENT", False)
    [(_kind, _status, parties)] = _agreements(offline_extract, _AFGHAN_TRUCE)
    assert parties == ["حركة طالبان"]


def test_the_government_in_an_iraqi_story_is_the_federal_one(offline_extract):
    text = ("قتل ثلاثة جنود عراقيين بانفجار عبوة في قضاء الحويجة غربي كركوك. وأعلنت قيادة الحشد الشعبي التوصل "
            "إلى اتفاق مع الحكومة لنشر قوات مشتركة في المدينة.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert parties == sorted(["الحشد الشعبي", "الحكومة الاتحادية"])


def test_a_government_of_no_known_country_names_no_one(offline_extract):
    text = "وأعلنت الحكومة الصومالية توقيع اتفاق للتعاون الأمني مع الحكومة."
    for _kind, _status, parties in _agreements(offline_extract, text):
        assert "الحكومة الاتحادية" not in parties


def test_a_named_local_government_is_not_the_state(offline_extract):
    text = ("قالت الأمم المتحدة إن اليمن يشهد أزمة إنسانية. وأعلنت القوات الإماراتية التوصل إلى اتفاق مع الحكومة "
            "المحلية في الجزيرة على آلية للتنسيق الأمني.")
    for _kind, _status, parties in _agreements(offline_extract, text):
        assert "الحكومة اليمنية" not in parties


# --- "الطرفان" far from the sides: the two forces the story names most ---------------------------------------

_COLLAPSED_TRUCE = ("قتل خمسة جنود فلبينيين في كمين نسب إلى جماعة أبو سياف في جزيرة جولو. وقال متحدث عسكري إن مسلحي "
                    "أبو سياف هاجموا دورية للجيش الفلبيني قرب بلدة باتيكول. وتبنت جماعة أبو سياف الهجوم في بيان. "
                    "ويشن الجيش الفلبيني منذ أشهر حملة في الجزيرة. وتقول مانيلا إن المسلحين يتلقون دعما من الخارج. "
                    "ويتهم سكان محليون القوات بانتهاكات. وانهارت هدنة التزم بها الطرفان عامين كاملين.")


def test_both_sides_of_a_collapsed_truce_are_the_storys_forces(offline_extract):
    [(kind, status, parties)] = _agreements(offline_extract, _COLLAPSED_TRUCE)
    assert (kind, status) == ("ceasefire", "stalled")
    assert parties == sorted(["جماعة أبو سياف", "الجيش الفلبيني"])


def test_story_sides_off_finds_no_sides(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_sides, "STORY_SIDES", False)
    [(_kind, _status, parties)] = _agreements(offline_extract, _COLLAPSED_TRUCE)
    assert "جماعة أبو سياف" not in parties
