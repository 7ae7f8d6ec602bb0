"""Issue 12 items 3-4, attack records: the incident's date, one record per incident, tolls and roles.

Every text here is written for these tests (how Arabic news writes an incident), never corpus text.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from headline_text import headline_attacks

from marsad.agent.dates import resolve_text
from marsad.agent.offline import OfflineExtractor
from marsad.schemas import Document

attacks = partial(headline_attacks, published="2019-03-12")


# ---------------------------------------------------------------- dates (item 4)
def test_day_before_yesterday_is_two_days_back():
    [(_, d)] = resolve_text("قتل ثلاثة أشخاص أول من أمس", dt.date(2019, 3, 12))
    assert d.iso == "2019-03-10"


def test_a_named_weekday_wins_over_today():
    # 2019-03-12 is a Tuesday: "اليوم الاثنين" is Monday the 11th (the file is a day late)
    [(_, d)] = resolve_text("انفجرت سيارة اليوم الاثنين", dt.date(2019, 3, 12))
    assert d.iso == "2019-03-11"
    [(_, d)] = resolve_text("قتل جندي اليوم الثلاثاء", dt.date(2019, 3, 12))
    assert d.iso == "2019-03-12"


def test_a_round_up_dates_its_incidents_by_its_lead(offline_extract):
    text = ("قتل خمسة جنود بهجوم مسلح على حاجز للجيش في مدينة العريش أمس.\n"
            "وفي مدينة رفح، أصيب ثلاثة مدنيين بانفجار عبوة ناسفة مزروعة على حافة الطريق.")
    recs = attacks(offline_extract, text)
    assert len(recs) == 2
    assert {a.date for a in recs} == {"2019-03-11"}
    second = next(a for a in recs if a.injured == 3)
    assert "date_from_article_lead" in second.flags


def test_past_context_does_not_take_the_lead_date(offline_extract):
    text = ("قتل خمسة جنود بهجوم مسلح على حاجز للجيش في مدينة العريش أمس.\n"
            "وكان مسلحون قد فجروا عبوة ناسفة في مدينة رفح وقتلوا جنديين.")
    recs = attacks(offline_extract, text)
    old = [a for a in recs if a.killed == 2]
    assert all(a.date is None for a in old)


def test_a_named_night_beats_a_vague_span(offline_extract):
    text = ("قتل 12 جنديا عندما اقتحم مسلحون قاعدة عسكرية في مدينة هرات قبل ساعات على إعلان الهدنة.\n"
            "وأعلنت الحركة تبنيها الهجوم الذي وقع ليل الأحد على القاعدة في هرات.")
    [a] = attacks(offline_extract, text)
    assert a.date == "2019-03-10"


# ---------------------------------------------------------------- one record per incident (item 4)
def test_a_round_up_total_is_no_incident_of_its_own(offline_extract):
    text = ("قتل 25 شخصا على الأقل أمس في سلسلة تفجيرات ضربت مناطق مختلفة من العراق.\n"
            "وفي مدينة الحلة، قتل تسعة أشخاص في انفجار سيارة مفخخة قرب سوق شعبية.\n"
            "وفي مدينة الكوت، قتل ستة أشخاص بانفجار عبوة ناسفة.")
    recs = attacks(offline_extract, text)
    assert sorted(a.killed for a in recs) == [6, 9]
    assert {a.date for a in recs} == {"2019-03-11"}  # the round-up's day still dates its incidents


def test_a_toll_update_updates_the_incident(offline_extract):
    text = ("قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة في مدينة الحلة أمس.\n"
            "وارتفع عدد الضحايا إذ قتل 20 شخصا وأصيب 45 آخرون في انفجار الحلة.")
    [a] = attacks(offline_extract, text)
    assert a.killed == 20 and a.injured == 45


# ---------------------------------------------------------------- targets (item 3)
@pytest.mark.parametrize(("text", "want"), [
    ("هاجم عناصر من حركة طالبان قاعدة عسكرية بولاية فارياب أمس فقتلوا 11 جنديا.", "قاعدة عسكرية"),
    ("قصفت مقاتلات التحالف بقيادة السعودية، مخازن الأسلحة في جبل النهدين جنوب صنعاء فجر أمس.", "مخازن الأسلحة"),
    ("قتل 15 متسوقا أمس جراء انفجار سيارة ملغومة داخل سوق في مدينة الخالص.", "سوق"),
    ("فجر متمردون عبوة أثناء مرور قافلة عسكرية بمنطقة جبلية في محافظة نينوى أمس.", "قافلة عسكرية"),
])
def test_target_is_what_the_attack_aimed_at(offline_extract, text, want):
    [a] = attacks(offline_extract, text)
    assert a.target == want



# ---------------------------------------------------------------- threats and foiled plots (item 4)
@pytest.mark.parametrize("text", [
    "وهدد زعيم إحدى الميليشيات في كلمة متلفزة مساء الأحد باغتيال ضباط الاستخبارات في البصرة.",
    "وأعلنت مديرية الأمن في كركوك أمس ضبط خلية من سبعة عناصر كانوا يخبئون عبوات ناسفة وحزاما انتحاريا في منزل مهجور.",
    "وأحبطت قوات الأمن أمس هجوما انتحاريا على حاجز للجيش في بغداد.",
])
def test_a_threat_or_a_foiled_plot_is_no_attack(offline_extract, text):
    assert attacks(offline_extract, text) == []


def test_a_counted_attack_after_a_threat_is_kept(offline_extract):
    text = "وكان التنظيم قد هدد بالانتقام، وقتل خمسة جنود في هجوم على حاجز للجيش أمس في المدينة."
    assert [a.killed for a in attacks(offline_extract, text)] == [5]


# ---------------------------------------------------------------- tolls (item 4)
@pytest.mark.parametrize("text, killed", [
    ("وقتل شاب برصاص الجيش قرب حاجز عسكري في بغداد أمس.", 1),
    ("أسفر تفجير سيارة مفخخة في بغداد أمس عن مقتل ثلاثة جنود وخمسة مدنيين.", 8),
    ("أسفر تفجير سيارة مفخخة في بغداد أمس عن مقتل 3 جنود و5 مدنيين وإصابة 12 آخرين.", 8),
    # a stated total wins over its parts; a part of the other kind is not added
    ("أسفر تفجير سيارة مفخخة في بغداد أمس عن مقتل 10 أشخاص بينهم ثلاثة جنود وخمسة مدنيين.", 10),
    ("أسفر تفجير سيارة مفخخة في بغداد أمس عن مقتل 3 جنود و20 جريحا.", 3),
])
def test_single_deaths_and_partial_counts(offline_extract, text, killed):
    assert [a.killed for a in attacks(offline_extract, text)] == [killed]


def test_a_person_and_a_companion_are_two_victims():

    text = "قتل مدرس وزوجته في انفجار عبوة ناسفة استهدفت منزلهما في مدينة بعقوبة أمس."
    attacks = OfflineExtractor().extract(Document(doc_id="t", text=text, published="2015-08-10")).attacks
    assert attacks and attacks[0].killed == 2
