"""Pass 51 mends of review51's findings (sentences written for these tests)."""

from __future__ import annotations

from marsad.agent.qa.question import parse_question
from marsad.core.arabic import normalize


# ---- finding 6: an office word of an English role question is a whole word ("امير" is not in "الأميركية")
def test_an_office_word_is_a_whole_word(monkeypatch):
    from marsad.agent.qa import matching

    cue = matching.role_cues(parse_question("Who is the leader of the Houthi group?"))
    for text in ("وقال زعيم الجماعة في كلمة متلفزة", "وأعلن قائدها الميداني", "وقال أمير التنظيم في المدينة",
                 "ونقل عن أميرهم قوله", "وصرح للأمير المحلي"):
        assert cue.search(normalize(text)), text
    for text in ("وقالت الخارجية الأميركية إن الجماعة تلقت أسلحة", "وصل الأميرال الأميركي إلى البحرين",
                 "وصرح مسؤول أميركي بأن القوات انسحبت"):
        assert not cue.search(normalize(text)), text
    emir = matching.role_cues(parse_question("Who is the emir of the cell?"))
    assert emir.search(normalize("واعتقلت الشرطة أميرها")) and not emir.search(normalize("السفارة الأميركية"))
    monkeypatch.setattr(matching, "BOUNDED_OFFICE", False)
    cue = matching.role_cues(parse_question("Who is the leader of the Houthi group?"))
    assert cue.search(normalize("وقالت الخارجية الأميركية إن الجماعة تلقت أسلحة"))


# ---- finding 4: the jussive of keeping is read only negated; "لن" refuses an agreement, it negates no keeping
_CALLED = [("ودعا المبعوث الأممي الطرفين إلى أن يلتزما بالهدنة في الحديدة.", "proposed"),
           ("وطالب الوسطاء الفصائل بأن يلتزموا باتفاق وقف إطلاق النار في إدلب.", "agreed"),
           ("وحث وزير الخارجية الجانبين على أن يحترموا اتفاق التهدئة في درعا.", "agreed")]
_REFUSED = ["وقالت الحركة إنها لن تلتزم بالهدنة المقترحة في غزة.",
            "وأعلن الفصيل أنه لن يلتزم باتفاق وقف إطلاق النار الذي تقترحه روسيا في ريف حماة."]


def _agreements(offline_extract, text):
    return [(a.agreement_type, a.status) for a in offline_extract(text, published="2019-05-09").agreements]


def test_a_call_to_keep_an_agreement_is_not_keeping_it(offline_extract):
    for text, status in _CALLED:
        assert _agreements(offline_extract, text) == [("ceasefire", status)], text


def test_a_refusal_to_keep_a_truce_is_no_truce_in_force(offline_extract):
    for text in _REFUSED:
        assert _agreements(offline_extract, text) == [], text


def test_a_negated_jussive_or_present_keeping_is_a_truce_in_force(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_mentions

    texts = ["وقال المتحدث إن المسلحين لم يحترموا اتفاق التهدئة في درعا.",
             "وقال الجيش إن المسلحين لا يلتزمون بالهدنة المعلنة في ريف إدلب."]
    for text in texts:
        assert _agreements(offline_extract, text) == [("ceasefire", "implementing")], text
    monkeypatch.setattr(agreements_mentions, "NEGATED_KEEPING", False)
    for text in texts:
        assert _agreements(offline_extract, text) != [("ceasefire", "implementing")], text


# ---- finding 11: a province dual's second town, which the world gazetteer alone knows, is read
def _places(offline_extract, text):
    return sorted(a.location.canonical_name or a.location.name for a in offline_extract(text).attacks if a.location)


def test_a_world_town_in_a_province_dual_is_read(offline_extract, monkeypatch):
    from marsad.agent.offline import mentions

    second = "قتل 5 مدنيين أمس في غارات على محافظتي إدلب وحماة."
    assert _places(offline_extract, second) == ["إدلب", "حماة"]
    assert _places(offline_extract, "قتل 6 أشخاص أمس في غارات على محافظتي حلب وحماة.") == ["حلب", "حماة"]
    monkeypatch.setattr(mentions, "DUAL_WORLD_TOWN", False)
    assert _places(offline_extract, second) == ["إدلب"]


def test_the_gazetteer_cache_is_keyed_on_its_build_switches(monkeypatch):
    from marsad.core import gazetteer

    default = gazetteer.cache_path()
    monkeypatch.setattr(gazetteer, "ADMIN1_PROVINCES", False)
    assert gazetteer.cache_path() != default and gazetteer.admin1_countries() == frozenset()
    monkeypatch.setattr(gazetteer, "ADMIN1_PROVINCES", True)
    monkeypatch.setattr(gazetteer, "ROW_PROVINCES", False)
    assert gazetteer.cache_path() != default and "SY" in gazetteer.admin1_countries()
