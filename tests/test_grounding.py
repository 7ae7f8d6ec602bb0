"""Quote alignment and record grounding (pure functions, no model)."""

from __future__ import annotations

import time

import pytest

from marsad.agent.grounding import (
    NUMBER_WORDS_SOURCE,
    GroundingStats,
    align_quote,
    cite_quotes,
    ground_record,
    number_flags,
    numbers_in,
)
from marsad.schemas import Attack, Citation

TEXT = (
    "تمخض الاجتماع عن إنشاء مقر عمليات مشتركة وإعادة تفعيل دور الحشد الشعبي في كركوك.\n"
    "وقال مصدر\u00a0أمني إن “الاجتماع كان مغلقاً”، فيما قُتِل 13 شرطياً اتحادياً في هجوم لداعش جنوب كركوك.\n"
    "وأكد المصدر أن قرى «الرشاد» و«الرياض» ستُطهَّر، وأن الحشد الشعبي سيشارك.\n"
)


def span(a):
    return TEXT[a.start:a.end]


def test_exact_match_comes_first():
    a = align_quote(TEXT, "مقر عمليات مشتركة")
    assert a.method == "exact" and span(a) == "مقر عمليات مشتركة"


def test_surrounding_quote_marks_and_ellipses_are_trimmed():
    a = align_quote(TEXT, "«...مقر عمليات مشتركة…»")
    assert a.method == "exact" and span(a) == "مقر عمليات مشتركة"


@pytest.mark.parametrize(
    "quote, expected",
    [
        ("عن انشاء مقر عمليات مشتركه واعاده تفعيل", "عن إنشاء مقر عمليات مشتركة وإعادة تفعيل"),  # hamza, ta marbuta
        ("فيما قتل 13 شرطيا اتحاديا", "فيما قُتِل 13 شرطياً اتحادياً"),  # diacritics
        ("وقال مصدر أمني", "وقال مصدر\u00a0أمني"),  # NBSP
        ('إن "الاجتماع كان مغلقاً', "إن “الاجتماع كان مغلقاً"),  # quote-mark variants
        ("فيما قتل ١٣ شرطيا", "فيما قُتِل 13 شرطياً"),  # Arabic-Indic digits
        ("قرى الرشاد والرياض ستطهر", "قرى «الرشاد» و«الرياض» ستُطهَّر"),  # dropped punctuation
    ],
)
def test_normalised_matches_map_back_to_raw_text(quote, expected):
    a = align_quote(TEXT, quote)
    assert a is not None and a.method == "normalized"
    assert span(a) == expected


def test_fuzzy_match_tolerates_a_small_slip_and_is_mapped_to_raw_text():
    a = align_quote(TEXT, "تمخض الاجتماع عن انشاء مقر للعمليات المشتركة وإعادة تفعيل دور الحشد الشعبي")
    assert a is not None and a.method == "fuzzy" and a.score >= 0.85
    assert span(a).startswith("تمخض الاجتماع") and span(a).endswith("الحشد الشعبي")


def test_a_quote_with_its_middle_elided_spans_the_whole_passage():
    a = align_quote(TEXT, "تمخض الاجتماع عن إنشاء ... في كركوك")
    assert a is not None and a.method == "normalized"
    assert span(a).startswith("تمخض الاجتماع") and span(a).endswith("في كركوك")
    assert align_quote(TEXT, "تمخض الاجتماع … سيارة مفخخة في بغداد") is None  # every part must be there


def test_hallucinated_quote_is_not_aligned():
    assert align_quote(TEXT, "انفجار سيارة مفخخة في سوق مزدحم وسط بغداد أسفر عن مقتل خمسين") is None
    assert align_quote(TEXT, "") is None
    assert align_quote("", "كركوك") is None


def test_near_picks_the_closest_occurrence():
    first = align_quote(TEXT, "الحشد الشعبي")
    last = align_quote(TEXT, "الحشد الشعبي", near=len(TEXT))
    assert first.start < last.start
    assert span(first) == span(last) == "الحشد الشعبي"


def test_fuzzy_search_is_bounded_on_a_long_text():
    """A guard against a quadratic blow-up, not a speed target: the bound is on this process's CPU time
    (wall time failed under a loaded machine, 3.0 s against 2.0), with ample room (a run takes ~0.2 s of CPU)."""
    long_text = TEXT * 200  # ~40,000 characters
    t0 = time.process_time()
    assert align_quote(long_text, "انفجار سيارة مفخخة في سوق مزدحم وسط بغداد أسفر عن مقتل خمسين شخصا") is None
    assert time.process_time() - t0 < 2.0


def test_numbers_in_reads_ascii_and_arabic_indic_digits():
    assert {13, 27} <= numbers_in("مقتل 13 شرطيا و٢٧ عنصرا")


@pytest.mark.skipif(NUMBER_WORDS_SOURCE != "marsad.agent.numbers", reason="agent.numbers not installed")
def test_numbers_in_reads_number_words():
    assert {3, 15} <= numbers_in("مقتل ثلاثة جنود وإصابة خمسة عشر آخرين")
    assert 2 in numbers_in("مقتل جنديين")
    assert numbers_in("مقتل العشرات") == set()


def test_number_flags():
    cites = [Citation.from_span("d", TEXT, TEXT.index("قُتِل 13"), TEXT.index("قُتِل 13") + 8)]
    assert number_flags({"killed": 13}, cites) == []
    assert number_flags({"killed": 31, "injured": None}, cites) == ["killed_not_in_citation"]
    assert number_flags({"killed": None, "injured": 2}, cites) == ["injured_not_in_citation"]


def test_ground_record_keeps_aligned_quotes_drops_the_rest_and_flags_numbers():
    stats = GroundingStats()
    rec = ground_record(
        "attacks",
        {"quotes": ["فيما قتل 13 شرطيا اتحاديا في هجوم لداعش", "نص لم يرد في المقال إطلاقا ولا يشبهه"],
         "attack_type": "armed_assault", "killed": 31, "perpetrator": "داعش"},
        "d1", TEXT, stats=stats,
    )
    assert isinstance(rec, Attack)
    assert [c.quote for c in rec.citations] == ["فيما قُتِل 13 شرطياً اتحادياً في هجوم لداعش"]
    assert rec.citations[0].quote == TEXT[rec.citations[0].start:rec.citations[0].end]
    assert rec.flags == ["killed_not_in_citation"]
    assert (stats.quotes, stats.dropped_quotes, stats.flagged_numbers, stats.records) == (2, 1, 1, 1)


def test_record_without_any_aligned_quote_is_dropped_and_counted():
    stats = GroundingStats()
    assert ground_record("actors", {"quotes": ["قوات المارينز الأمريكية في الأنبار"], "name": "المارينز",
                                    "type": "foreign_coalition"}, "d1", TEXT, stats=stats) is None
    assert (stats.dropped_quotes, stats.dropped_records, stats.records) == (1, 1, 0)


def test_record_that_fails_the_schema_is_dropped_and_counted():
    stats = GroundingStats()
    assert ground_record("actors", {"quotes": ["الحشد الشعبي"], "name": "الحشد", "type": "not-a-type"},
                         "d1", TEXT, stats=stats) is None
    assert stats.invalid_records == 1


def test_cite_quotes_searches_the_region_first_and_deduplicates():
    region = (TEXT.index("وأكد"), len(TEXT))
    cites = cite_quotes("d1", TEXT, ["الحشد الشعبي", "الحشد الشعبي"], region=region)
    assert len(cites) == 1 and cites[0].start >= region[0]
