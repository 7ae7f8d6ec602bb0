"""Unit tests of the matching rule and the metrics on tiny hand-made cases."""

from __future__ import annotations

import json

import pytest

from marsad.evals.baseline import compare, default_tolerance, update_baseline
from marsad.evals.golden import GoldItem, QAItem
from marsad.evals.matching import (
    Pred,
    compare_field,
    match_kind,
    place_compatible,
    same_entity,
    same_place,
    set_f1,
    span_overlap,
)
from marsad.evals.metrics import (
    citation_stats,
    citation_valid,
    fact_present,
    field_accuracy,
    first_relevant_rank,
    hit_at_k,
    mean_reciprocal_rank,
    prf,
    score_answer,
)


def gold(kind, id_, spans=((0, 10),), optional=False, **fields):
    return GoldItem(kind, id_, "d", fields, tuple(spans), ("q",), optional)


def pred(kind, spans=((0, 10),), index=0, **data):
    return Pred("d", kind, data, tuple(spans), index)


# ---------------------------------------------------------------- prf / spans
def test_prf_counts_and_empty_cases():
    assert prf(2, 1, 1) == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3})
    assert prf(0, 0, 0) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert prf(0, 3, 0)["precision"] == 0.0
    assert prf(0, 0, 2) == {"precision": 1.0, "recall": 0.0, "f1": 0.0}


def test_span_overlap():
    assert span_overlap([(0, 10)], [(5, 20)]) == 5
    assert span_overlap([(0, 10)], [(10, 20)]) == 0
    assert span_overlap([(0, 4), (8, 12)], [(2, 10)]) == 4


# ---------------------------------------------------------------- identity rules
def test_same_entity_normalises_clitics_generic_heads_and_lexicon():
    assert same_entity("قوات البيشمركة", "البيشمركة")
    assert same_entity("والحشد الشعبي", "الحشد الشعبي")
    assert same_entity("تنظيم داعش", "داعش")
    assert same_entity("ISIS", "داعش")  # through the lexicon
    assert same_entity({"name": "الصحالي", "aliases": ["أرشد الصالحي"]}, "ارشد الصالحي")
    assert not same_entity("الشرطة الاتحادية", "الجيش العراقي")


def test_same_place_drops_admin_words_and_allows_containment():
    assert same_place({"name": "قضاء الحويجة"}, "الحويجة")
    assert same_place({"name": "جنوب كركوك"}, {"name": "كركوك", "name_en": "Kirkuk"})
    assert same_place({"name": "Muqdadiya"}, {"name": "المقدادية", "name_en": "Muqdadiya"})
    assert same_place({"name": "نينوى", "aliases": ["الموصل"]}, "الموصل")
    assert not same_place("البصرة", "كركوك")


def test_place_compatible_allows_a_coarser_place_in_the_same_governorate():
    assert place_compatible({"name": "قضاء الطارمية"}, {"name": "شمالي العاصمة بغداد"})
    assert place_compatible({"name": "قرية الزهيرات", "aliases": ["أبي صيدا"]}, "ديالى")
    assert not same_place({"name": "قضاء الطارمية"}, {"name": "شمالي العاصمة بغداد"})  # the field stays strict
    assert not place_compatible("خانقين", "كركوك")


def test_set_f1_with_groups_of_equivalent_names():
    gold_set = [["الجيش العراقي", "قيادة العمليات المشتركة"], "البيشمركة"]
    assert set_f1(gold_set, ["قيادة العمليات المشتركة", "قوات البيشمركة"]) == 1.0
    assert set_f1(gold_set, ["البيشمركة"]) == pytest.approx(2 / 3)  # P=1, R=1/2
    assert set_f1(gold_set, ["البيشمركة", "الحشد الشعبي"]) == pytest.approx(0.5)  # P=1/2, R=1/2
    assert set_f1([], []) == 1.0
    assert set_f1(gold_set, []) == 0.0


def test_compare_field_rules():
    assert compare_field("killed", 13, 13) == 1.0
    assert compare_field("killed", None, 0) == 0.0
    assert compare_field("date", None, None) == 1.0
    assert compare_field("perpetrator", None, "داعش") == 0.0
    assert compare_field("perpetrator", ["داعش", "ISIS"], "تنظيم داعش") == 1.0
    assert compare_field("perpetrator", [None, "داعش"], None) == 1.0
    assert compare_field("perpetrator", "داعش", None) == 0.0
    assert compare_field("location", {"name": "مدينة تكريت"}, {"name": "تكريت"}) == 1.0
    assert compare_field("location", None, {"name": "بغداد"}) == 0.0
    assert compare_field("status", "planned", "established") == 0.0


# ---------------------------------------------------------------- matching
def test_match_counts_tp_fp_fn():
    g = [gold("attacks", "a1", [(0, 50)], killed=2), gold("attacks", "a2", [(100, 150)])]
    p = [pred("attacks", [(10, 30)], 0, killed=2), pred("attacks", [(300, 320)], 1)]
    r = match_kind("attacks", g, p)
    assert (r.tp, r.fp, r.fn) == (1, 1, 1)
    assert r.pairs[0][0].id == "a1" and r.false_negatives[0].id == "a2"


def test_prediction_matching_an_optional_item_counts_neither_way():
    g = [gold("attacks", "vague", [(0, 50)], optional=True)]
    r = match_kind("attacks", g, [pred("attacks", [(5, 20)])])
    assert (r.tp, r.fp, r.fn) == (0, 0, 0) and len(r.optional_hits) == 1
    assert match_kind("attacks", g, []).fn == 0  # an optional item is never a miss


def test_duplicates_are_reported_and_counted_as_false_positives():
    g = [gold("attacks", "a1", [(0, 50)], killed=3)]
    r = match_kind("attacks", g, [pred("attacks", [(0, 50)], 0, killed=3), pred("attacks", [(20, 40)], 1, killed=3)])
    assert (r.tp, r.fp, r.fn) == (1, 1, 0)
    assert len(r.duplicates) == 1 and r.duplicates[0][1].id == "a1"
    assert r.pairs[0][1].index == 0  # the better-overlapping prediction is the match


def test_contradicting_location_prevents_a_match():
    g = [gold("joint_rooms", "kirkuk", [(0, 80)], location={"name": "كركوك"}),
         gold("joint_rooms", "khanaqin", [(0, 80)], location={"name": "خانقين"})]
    p = [pred("joint_rooms", [(0, 80)], 0, location={"name": "خانقين"})]
    r = match_kind("joint_rooms", g, p)
    assert r.pairs[0][0].id == "khanaqin" and [x.id for x in r.false_negatives] == ["kirkuk"]


def test_prediction_without_valid_citation_cannot_match_an_event():
    r = match_kind("attacks", [gold("attacks", "a1", [(0, 50)])], [pred("attacks", ())])
    assert (r.tp, r.fp, r.fn) == (0, 1, 1)


def test_actors_match_on_identity_not_on_spans():
    g = [gold("actors", "pmf", [(0, 5)], name="الحشد الشعبي", aliases=["هيئة الحشد الشعبي"], type="paramilitary")]
    r = match_kind("actors", g, [pred("actors", [(500, 520)], 0, name="هيئة الحشد الشعبي", type="paramilitary")])
    assert r.tp == 1
    assert field_accuracy("actors", r.pairs) == {"type": {"accuracy": 1.0, "n": 1}}


def test_field_accuracy_scores_only_annotated_fields():
    g1 = gold("attacks", "a1", killed=13, injured=3)
    g2 = gold("attacks", "a2", killed=None)  # injured not annotated: not scored
    pairs = [(g1, pred("attacks", killed=13, injured=2)), (g2, pred("attacks", killed=None, injured=5))]
    acc = field_accuracy("attacks", pairs)
    assert acc["killed"] == {"accuracy": 1.0, "n": 2}
    assert acc["injured"] == {"accuracy": 0.0, "n": 1}


# ---------------------------------------------------------------- citations
TEXTS = {"d": "قتل 13 شرطيا في كركوك"}


def test_citation_validity_and_grounding_rate():
    ok = {"doc_id": "d", "start": 0, "end": 3, "quote": "قتل"}
    wrong_quote = {"doc_id": "d", "start": 0, "end": 3, "quote": "قتلى"}
    other_doc = {"doc_id": "x", "start": 0, "end": 3, "quote": "قتل"}
    assert citation_valid(ok, TEXTS) and not citation_valid(wrong_quote, TEXTS)
    assert not citation_valid(ok, TEXTS, doc_id="other") and not citation_valid({"doc_id": "d"}, TEXTS)
    stats = citation_stats([("d", {"citations": [ok, wrong_quote]}), ("d", {"citations": [other_doc]})], TEXTS)
    assert stats["validity"] == pytest.approx(1 / 3) and stats["grounding_rate"] == 0.5
    assert citation_stats([], TEXTS)["validity"] == 1.0


# ---------------------------------------------------------------- retrieval
def test_retrieval_ranks_hit_at_k_and_mrr():
    assert first_relevant_rank(["a", "a", "b", "c"], {"c"}) == 3  # duplicates collapse
    assert first_relevant_rank(["a"], {"z"}) is None
    ranks = [1, 3, None]
    assert hit_at_k(ranks, 1) == pytest.approx(1 / 3) and hit_at_k(ranks, 3) == pytest.approx(2 / 3)
    assert mean_reciprocal_rank(ranks) == pytest.approx((1 + 1 / 3) / 3)


# ---------------------------------------------------------------- QA
def test_fact_present_normalises_arabic_and_isolates_numbers():
    assert fact_present("قُتل ١٣ شرطياً", ["13"])
    assert not fact_present("في عام 2013", ["13"])
    assert not fact_present("3 killed [1][2]", ["2"])  # a citation marker is not a number
    assert fact_present("Killed by the Islamic State", ["islamic state"])
    assert fact_present("الإرهاب", ["الارهاب"])


def test_score_answer_needs_fact_and_a_valid_supporting_citation():
    item = QAItem("q1", "كم قتل؟", "ar", (("13", "ثلاثة عشر"),), ("d",))
    cit = {"doc_id": "d", "start": 4, "end": 6, "quote": "13"}
    good = score_answer(item, {"answer": "قتل 13 [1]", "citations": [cit], "abstained": False}, TEXTS)
    assert good.correct and good.supported
    unsupported = score_answer(item, {"answer": "قتل 13", "citations": [], "abstained": False}, TEXTS)
    assert not unsupported.correct
    bad_quote = score_answer(item, {"answer": "قتل 13", "citations": [{**cit, "quote": "14"}]}, TEXTS)
    assert not bad_quote.correct
    wrong_fact = score_answer(item, {"answer": "قتل 12 [1]", "citations": [cit]}, TEXTS)
    assert not wrong_fact.correct
    failed = score_answer(item, None, TEXTS, error="boom")
    assert not failed.correct and failed.error == "boom"


def test_abstention_scoring():
    item = QAItem("q2", "من هو وزير النفط؟", "ar", (), (), expect_abstain=True)
    assert score_answer(item, {"answer": "لا تتضمن المصادر", "abstained": True}, TEXTS).correct
    answered = score_answer(item, {"answer": "فلان", "abstained": False}, TEXTS)
    assert not answered.correct and not answered.abstention_correct


# ---------------------------------------------------------------- baseline
def test_baseline_compare_flags_drops_beyond_tolerance(tmp_path):
    path = tmp_path / "b.json"
    update_baseline(path, "offline", {"x.f1": 0.80, "y.f1": 0.50}, {"x.f1": 100, "y.f1": 5}, "1.0.0")
    data = json.loads(path.read_text())
    assert data["modes"]["offline"]["tolerances"] == {"x.f1": 0.02, "y.f1": 0.05}
    regressions, _ = compare({"x.f1": 0.79, "y.f1": 0.40}, data, "offline")
    assert [r.metric for r in regressions] == ["y.f1"]
    regressions, notes = compare({"x.f1": 0.90}, data, "offline")
    assert [r.metric for r in regressions] == ["y.f1"] and regressions[0].current is None
    assert any("improved x.f1" in n for n in notes)


def test_update_baseline_keeps_tolerances_and_other_modes(tmp_path):
    path = tmp_path / "b.json"
    update_baseline(path, "offline", {"x.f1": 0.8}, {}, "1.0.0")
    data = json.loads(path.read_text())
    data["modes"]["offline"]["tolerances"]["x.f1"] = 0.1
    path.write_text(json.dumps(data))
    update_baseline(path, "llm-replay", {"x.f1": 0.9}, {}, "1.0.0")
    update_baseline(path, "offline", {"x.f1": 0.7}, {}, "1.0.1")
    data = json.loads(path.read_text())
    assert data["modes"]["offline"] == {"metrics": {"x.f1": 0.7}, "tolerances": {"x.f1": 0.1}}
    assert data["modes"]["llm-replay"]["metrics"] == {"x.f1": 0.9}
    assert data["golden_version"] == "1.0.1"
    update_baseline(path, "offline", {"retrieval.mrr": 0.5}, {}, "1.0.1")  # another suite: extraction kept
    assert json.loads(path.read_text())["modes"]["offline"]["metrics"] == {"retrieval.mrr": 0.5, "x.f1": 0.7}
    assert default_tolerance("a", 5) == 0.05 and default_tolerance("a", 500) == 0.02
