"""Unit tests of the matching rule and the metrics on tiny hand-made cases."""

from __future__ import annotations

import json
import math

import pytest

from marsad.evals.baseline import (
    BaselineLowered,
    compare,
    default_tolerance,
    lowered_metrics,
    lowered_without_reason,
    update_baseline,
)
from marsad.evals.golden import GoldItem, QAItem, parse_qa_item
from marsad.evals.matching import (
    Pred,
    compare_field,
    location_country,
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
    drop_unjudged,
    fact_present,
    field_accuracy,
    first_relevant_rank,
    hit_at_k,
    mean_reciprocal_rank,
    ndcg_at_k,
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


def test_same_entity_drops_trailing_epithets_for_the_lexicon():
    assert same_entity("ميليشيات الحوثي الانقلابية", "Houthis")
    assert same_entity("جماعة الحوثي الإرهابية", "الحوثيين")
    assert same_entity("تنظيم داعش الإرهابي", "ISIS")
    assert not same_entity("الانقلابية", "Houthis")  # an epithet alone names nobody
    assert not same_entity("ميليشيات الحوثي الانقلابية", "داعش")


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


def test_a_country_does_not_contradict_a_place_inside_it():
    turkey = {"name": "جنوب شرق تركيا", "country": "TR", "admin_level": "area"}
    sirnak = {"name": "منطقة أراكوي في مقاطعة سيرناك", "country": "TR", "governorate": "Sirnak"}
    assert place_compatible(turkey, sirnak) and place_compatible(sirnak, turkey)
    assert not same_place(turkey, sirnak)  # the location field is still scored wrong
    assert not place_compatible({"name": "العراق", "country": "IQ", "admin_level": "country"}, sirnak)
    assert not place_compatible({"name": "صنعاء", "country": "YE"}, {"name": "تعز", "country": "YE"})  # a city is no country


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


def test_an_affiliation_to_a_state_matches_its_government():
    assert compare_field("affiliation", "تركيا", "Government of Turkey") == 1.0
    assert compare_field("affiliation", "الحكومة اليمنية", "Government of Yemen") == 1.0
    assert compare_field("affiliation", "Government of Israel", "إسرائيل") == 1.0
    assert compare_field("affiliation", "تركيا", "Government of Iran") == 0.0  # another state
    assert compare_field("affiliation", "الجيش اليمني", "Government of Yemen") == 0.0  # a body of the state is not it
    assert compare_field("affiliation", "الولايات المتحدة", "International Coalition") == 0.0


def test_a_movement_word_is_a_generic_head():
    assert compare_field("role", "المتحدث باسم طالبان", "المتحدث باسم حركة طالبان") == 1.0
    assert compare_field("role", "المتحدث باسم حركة حماس", "المتحدث باسم حركة فتح") == 0.0


def test_a_target_in_the_accusative_is_the_same_word():
    assert compare_field("target", "منزل", "منزلا قديما") == 1.0  # "دمروا منزلا قديما": the gold noun, declined
    assert compare_field("target", "جنود الحرس", "جنودا من الحرس") == 0.0  # the words still have to follow each other
    assert compare_field("target", "مدرسة", "مدرسا") == 0.0  # another word: only the accusative alif goes
    assert compare_field("target", "ابا", "اب") == 0.0  # a short word keeps its alif


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
    update_baseline(path, "offline", {"x.f1": 0.80, "y.f1": 0.50}, {"x.f1": 100, "y.f1": 5}, "1.0.0",
                    changes_file=tmp_path / "none.md")
    data = json.loads(path.read_text())
    assert data["modes"]["offline"]["tolerances"] == {"x.f1": 0.009, "y.f1": 0.02}
    assert data["modes"]["offline"]["sizes"] == {"x.f1": 100, "y.f1": 5}
    regressions, _ = compare({"x.f1": 0.795, "y.f1": 0.40}, data, "offline")
    assert [r.metric for r in regressions] == ["y.f1"]
    regressions, notes = compare({"x.f1": 0.90}, data, "offline")
    assert [r.metric for r in regressions] == ["y.f1"] and regressions[0].current is None
    assert any("improved x.f1" in n for n in notes)


@pytest.mark.parametrize("n", [3, 7, 21, 44, 45, 120])
def test_tolerance_is_below_one_record(n):
    """One wrong record out of n moves a rate by 1/n: the tolerance must be smaller."""
    tol = default_tolerance("m", n)
    assert tol < 1 / n and tol <= 0.02
    assert default_tolerance("m", None) == 0.02


def test_one_wrong_record_on_a_21_item_field_turns_the_gate_red(tmp_path):
    path = tmp_path / "b.json"
    update_baseline(path, "offline", {"extraction.field.attacks.killed": 1.0},
                    {"extraction.field.attacks.killed": 21}, "1", changes_file=tmp_path / "none.md")
    regressions, _ = compare({"extraction.field.attacks.killed": 20 / 21}, json.loads(path.read_text()), "offline")
    assert [r.metric for r in regressions] == ["extraction.field.attacks.killed"]


def test_update_baseline_keeps_other_modes_and_suites(tmp_path):
    path, changes = tmp_path / "b.json", tmp_path / "CHANGES.md"
    update_baseline(path, "offline", {"x.f1": 0.8}, {}, "1.0.0", changes_file=changes)
    update_baseline(path, "llm-replay", {"x.f1": 0.9}, {}, "1.0.0", changes_file=changes)
    update_baseline(path, "offline:realnews", {"x.f1": 0.5}, {"x.f1": 10}, "rn-1", top_level_version=False,
                    changes_file=changes)
    update_baseline(path, "offline", {"x.f1": 0.85}, {}, "1.0.1", changes_file=changes)
    data = json.loads(path.read_text())
    assert data["modes"]["offline"]["metrics"] == {"x.f1": 0.85} and data["modes"]["offline"]["version"] == "1.0.1"
    assert data["modes"]["llm-replay"]["metrics"] == {"x.f1": 0.9}
    assert data["modes"]["offline:realnews"]["version"] == "rn-1" and data["golden_version"] == "1.0.1"
    update_baseline(path, "offline", {"retrieval.mrr": 0.5}, {}, "1.0.1", changes_file=changes)
    assert json.loads(path.read_text())["modes"]["offline"]["metrics"] == {"retrieval.mrr": 0.5, "x.f1": 0.85}
    # a split-prefixed metric belongs to its suite: an extraction run replaces it
    update_baseline(path, "offline:realnews", {"check.extraction.all.f1": 0.4}, {}, "rn-2", top_level_version=False,
                    changes_file=changes)
    assert "check.extraction.all.f1" in json.loads(path.read_text())["modes"]["offline:realnews"]["metrics"]


def test_a_lowered_figure_needs_a_line_in_the_changes_file(tmp_path):
    path, changes = tmp_path / "b.json", tmp_path / "CHANGES.md"
    update_baseline(path, "offline", {"extraction.attacks.f1": 0.9, "retrieval.mrr": 0.8}, {}, "1",
                    changes_file=changes)
    with pytest.raises(BaselineLowered, match="extraction.attacks.f1"):
        update_baseline(path, "offline", {"extraction.attacks.f1": 0.85}, {}, "1", changes_file=changes)
    assert json.loads(path.read_text())["modes"]["offline"]["metrics"]["extraction.attacks.f1"] == 0.9  # unchanged
    changes.write_text("- llm-replay `extraction.attacks.f1`: other section, does not count\n"
                       "- offline extraction.attacks.f1\n", encoding="utf-8")  # no reason given
    with pytest.raises(BaselineLowered):
        update_baseline(path, "offline", {"extraction.attacks.f1": 0.85}, {}, "1", changes_file=changes)
    changes.write_text("- 2025-01-01 offline `extraction.attacks.f1`: 0.90 -> 0.85, the set gained two hard "
                       "articles\n", encoding="utf-8")
    update_baseline(path, "offline", {"extraction.attacks.f1": 0.85}, {}, "1", changes_file=changes)
    old = {"modes": {"offline": {"metrics": {"a": 0.5, "b": 0.5}}}}
    new = {"modes": {"offline": {"metrics": {"a": 0.6}}}}
    assert lowered_metrics(old, new) == [("offline", "b", 0.5, None)]  # a vanished metric is lowered too
    assert lowered_without_reason(old, new, "- offline b: renamed to c, same figure\n") == []


# ---------------------------------------------------------------- new fields, roles, archive metrics
def test_target_background_provisions_and_country_are_scored():
    assert compare_field("target", "الشرطة الاتحادية", "عناصر الشرطة الاتحادية") == 1.0
    assert compare_field("target", "مدنيين", None) == 0.0
    assert compare_field("target", [None, "مدنيين"], None) == 1.0
    assert compare_field("background", True, False) == 0.0 and compare_field("background", False, None) == 1.0
    assert compare_field("attack_type", ["ied", "car_bomb"], "car_bomb") == 1.0
    assert compare_field("attack_type", "ied", "shelling") == 0.0
    assert compare_field("provisions", ["تبادل المعلومات", "ضبط الحدود"], ["تبادل المعلومات الأمنية"]) == pytest.approx(2 / 3)
    assert location_country({"name": "قضاء الحويجة"}) == "IQ"  # gazetteer entry in Iraq
    assert location_country({"name": "شمال سوريا"}) == "SY" and location_country({"name": "العاصمة صنعاء"}) == "YE"
    assert location_country({"name": "x", "country": "tr"}) == "TR" and location_country(None) is None
    g = gold("attacks", "a", location={"name": "سروج", "country": "TR"}, target="مركز ثقافي", background=True)
    acc = field_accuracy("attacks", [(g, pred("attacks", location={"name": "مدينة سروج"}, target=None))])
    assert acc["location_country"] == {"accuracy": 1.0, "n": 1}
    assert acc["target"]["accuracy"] == 0.0 and acc["background"]["accuracy"] == 0.0
    no_country = gold("attacks", "b", location={"name": "مكان"})
    assert "location_country" not in field_accuracy("attacks", [(no_country, pred("attacks"))])


@pytest.mark.parametrize(("answer", "value", "role", "ok"), [
    ("قتل 13 شخصا وأصيب 20 آخرون", "13", "killed", True),
    ("قتل 13 شخصا وأصيب 20 آخرون", "20", "killed", False),
    ("قتل 13 شخصا وأصيب 20 آخرون", "20", "injured", True),
    ("The attack killed 13 people and wounded 20.", "20", "killed", False),
    ("13 people were killed and 20 injured [1].", "13", "killed", True),
    ("13 people were killed and 20 injured [1].", "13", "injured", False),
    ("أسفر الهجوم عن إصابة ١٣ شخصا", "13", "killed", False),
    ("المصادر تذكر الرقم 13 فقط", "13", "killed", False),  # no role word at all
    ("قتل ثلاثة مدنيين", "ثلاثة", "killed", True),
    ("أصيب ثلاثة مدنيين", "ثلاثة", "killed", False),
    ("سقط قتيلان", "قتيلان", "killed", True),
    # the verb with its subject's ending ("قتلوا"، "قتلت"، "جرحوا") names the role as the bare verb does
    ("مسلحون قتلوا 6 أشخاص وجرحوا 4 آخرين", "6", "killed", True),
    ("مسلحون قتلوا 6 أشخاص وجرحوا 4 آخرين", "4", "injured", True),
    ("مسلحون قتلوا 6 أشخاص وجرحوا 4 آخرين", "4", "killed", False),
    ("قالت الشرطة إن الغارة قتلت 9 مدنيين", "9", "killed", True),
    ("وقع الهجوم في الرمادي", "الرمادي", "place", True),  # other roles only label the fact
    ("عدد القتلى: 7 («لقي 7») في تعز، وعدد الجرحى: 54 [1].", "7", "killed", True),
    ("عدد القتلى: 7 («لقي 7») في تعز، وعدد الجرحى: 54 [1].", "54", "injured", True),
    ("عدد القتلى: 7 («لقي 7») في تعز، وعدد الجرحى: 54 [1].", "54", "killed", False),
])
def test_a_number_counts_only_in_its_role(answer, value, role, ok):
    assert fact_present(answer, [value], role) is ok


def test_role_facts_load_and_plain_facts_keep_working():
    item = parse_qa_item({"id": "q", "question": "?", "facts": [{"any": ["13", "ثلاثة عشر"], "role": "killed"},
                                                              {"value": "20", "role": "injured"}, ["داعش", "ISIS"]],
                          "supporting_docs": ["d"], "split": "check"}, "t")
    assert item.facts == (("13", "ثلاثة عشر"), ("20",), ("داعش", "ISIS")) and item.split == "check"
    assert item.fact_roles == ("killed", "injured", None)
    cit = {"doc_id": "d", "start": 4, "end": 6, "quote": "13"}
    swapped = {"answer": "قتل 20 وأصيب 13 بهجوم داعش [1]", "citations": [cit]}
    right = {"answer": "قتل 13 وأصيب 20 بهجوم داعش [1]", "citations": [cit]}
    assert not score_answer(item, swapped, TEXTS).correct and score_answer(item, right, TEXTS).correct


def test_an_outside_citation_counts_when_its_quote_states_the_fact():
    texts = {"d": "قتل 13 شرطيا في كركوك", "other": "وقالت الشرطة إن الهجوم أدى إلى مقتل 13 شرطيا"}
    item = QAItem("q", "?", "ar", (("13",),), ("d",), fact_roles=("killed",))
    quote = "أدى إلى مقتل 13 شرطيا"
    start = texts["other"].index(quote)
    cit = {"doc_id": "other", "start": start, "end": start + len(quote), "quote": quote}
    answer = {"answer": "قتل 13 شرطيا [1]", "citations": [cit]}
    assert not score_answer(item, answer, texts).correct
    assert score_answer(item, answer, texts, outside_ok=True).correct
    vague = {"doc_id": "other", "start": 0, "end": 13, "quote": texts["other"][:13]}
    assert not score_answer(item, {**answer, "citations": [vague]}, texts, outside_ok=True).correct


def test_ndcg_and_unjudged_documents_dropped_before_the_cut():
    assert ndcg_at_k(["a", "b"], {"a"}, 10) == 1.0
    assert ndcg_at_k(["x", "a"], {"a"}, 10) == pytest.approx(1 / math.log2(3))
    assert ndcg_at_k(["x"] * 3, set(), 10) == 0.0
    ranked = ["out1", "out2", "x", "a"]
    kept = drop_unjudged(ranked, lambda d: not d.startswith("out"))
    assert kept == ["x", "a"] and first_relevant_rank(kept[:2], {"a"}) == 2
