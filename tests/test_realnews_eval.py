"""`marsad eval` on a real-news-shaped set and at archive scale, with a tiny synthetic corpus in a tmp dir.

The texts are our own (fictional) sentences with development-slice-shaped ids; the real
corpus is never read here. Also: the gate skips cleanly without the corpus, and the
committed baseline's lowered figures are all explained in evals/BASELINE_CHANGES.md.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
from pathlib import Path

import pytest

from marsad.core.config import resolve_settings
from marsad.evals.baseline import CHANGES_FILE, lowered_without_reason
from marsad.evals.golden import load_realnews_set
from marsad.evals.harness import run_eval
from marsad.evals.realnews.load import FRESH_SPLITS

REPO = Path(__file__).resolve().parent.parent

ATTACK = "قتل ثلاثة جنود بانفجار عبوة ناسفة في قضاء الحويجة صباح اليوم."
TEXTS = {
    "snn:2099-01-01:1": (ATTACK + " وقال مصدر أمني إن التحقيقات جارية."),
    "ant:AL-test-2-20990102": ("أعلنت السلطات التركية مقتل خمسة أشخاص في هجوم مسلح على مركز للشرطة في مدينة ديار بكر. "
                               "وقالت وزارة الداخلية إن المهاجمين فروا."),
    "ant:AL-test-3-20990103": "عقد البرلمان جلسة لمناقشة الموازنة العامة ولم يصل إلى اتفاق.",
    "snn:2099-01-04:9": "قتل ثلاثة جنود بانفجار عبوة ناسفة في قضاء الحويجة، بحسب وكالة أنباء.",  # outside the slice
    "ant:AL-test-5-20990105": "Kirkuk police said a roadside bomb killed three soldiers in Hawija on Monday.",
    "ant:AL-test-6-20990106": "قتل أربعة مدنيين بانفجار سيارة مفخخة في سوق مدينة الرمادي ظهر اليوم.",
}
SOURCES = {"snn:2099-01-01:1": "sabq (test)", "snn:2099-01-04:9": "alriyadh (test)"}


def _span(text: str, quote: str) -> dict:
    start = text.index(quote)
    return {"start": start, "end": start + len(quote), "sha1": hashlib.sha1(quote.encode()).hexdigest()[:10]}


def _write_corpus(path: Path) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for doc_id, text in TEXTS.items():
            fh.write(json.dumps({"id": doc_id, "title": text[:30], "date": "2099-01-0" + doc_id[-1],
                                 "source": SOURCES.get(doc_id, "alarabia"), "text": text}, ensure_ascii=False) + "\n")
    return path


def _write_set(base: Path, *, wrong_toll: bool = False) -> Path:
    base.mkdir(parents=True, exist_ok=True)
    rows = [("snn:2099-01-01:1", "tune"), ("ant:AL-test-2-20990102", "check"), ("ant:AL-test-3-20990103", "check")]
    (base / "articles.jsonl").write_text("".join(json.dumps({"id": i, "split": s, "category": "x", "hard_cases": []}) + "\n"
                                                 for i, s in rows), encoding="utf-8")
    ann = base / "annotations"
    ann.mkdir(exist_ok=True)
    t1, t2 = TEXTS["snn:2099-01-01:1"], TEXTS["ant:AL-test-2-20990102"]
    docs = {
        "snn:2099-01-01:1": {"attacks": [{"id": "t1.attack.hawija", "killed": 4 if wrong_toll else 3, "injured": None,
                                          "attack_type": "ied", "background": False,
                                          "location": {"name": "قضاء الحويجة", "country": "IQ"},
                                          "evidence": [_span(t1, ATTACK)]}]},
        "ant:AL-test-2-20990102": {"attacks": [{"id": "t2.attack.diyarbakir", "killed": 5,
                                                "attack_type": "armed_assault", "target": "مركز للشرطة",
                                                "location": {"name": "مدينة ديار بكر", "country": "TR"},
                                                "evidence": [_span(t2, "مقتل خمسة أشخاص في هجوم مسلح على مركز للشرطة")]}]},
        "ant:AL-test-3-20990103": {},
    }
    for doc_id, lists in docs.items():
        body = {"doc_id": doc_id, "actors": [], "attacks": [], "joint_rooms": [], "agreements": [], **lists}
        (ann / f"{doc_id.replace(':', '_')}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    qa = [{"id": "q1", "question": "كم جنديا قتل في الحويجة؟", "language": "ar",
           "facts": [{"any": ["3", "ثلاثة"], "role": "killed"}], "supporting_docs": ["snn:2099-01-01:1"],
           "expect_abstain": False, "split": "tune"},
          {"id": "q2", "question": "ما اسم وزير المالية؟", "language": "ar", "facts": [], "supporting_docs": [],
           "expect_abstain": True, "split": "check"}]
    (base / "qa.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qa), encoding="utf-8")
    ret = [{"id": "r1", "query": "انفجار عبوة ناسفة في الحويجة", "language": "ar",
            "relevant": ["snn:2099-01-01:1"], "split": "tune"},
           {"id": "r2", "query": "roadside bomb Hawija soldiers", "language": "en",
            "relevant": ["ant:AL-test-5-20990105", "snn:2099-01-01:1"], "split": "check"},
           {"id": "r3", "query": "هجوم مسلح على مركز للشرطة في ديار بكر", "language": "ar",
            "relevant": ["ant:AL-test-2-20990102"], "split": "check"}]
    (base / "retrieval.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in ret),
                                          encoding="utf-8")
    return base


@pytest.fixture
def synthetic(tmp_path):
    return _write_set(tmp_path / "set"), _write_corpus(tmp_path / "corpus.jsonl.gz")


def test_the_set_loads_with_splits_and_only_annotated_articles(synthetic):
    base, corpus = synthetic
    golden = load_realnews_set(base, corpus)
    assert golden.kind == "realnews" and set(golden.docs) == set(TEXTS) - {"snn:2099-01-04:9", "ant:AL-test-5-20990105",
                                                                                "ant:AL-test-6-20990106"}
    assert golden.splits == {"snn:2099-01-01:1": "tune", "ant:AL-test-2-20990102": "check",
                             "ant:AL-test-3-20990103": "check"}
    assert set(golden.subset("tune").docs) == {"snn:2099-01-01:1"} and len(golden.subset("check").qa) == 1
    assert golden.qa[0].fact_roles == ("killed",) and golden.retrieval[1].language == "en"


def test_extraction_is_scored_whole_tune_and_check(synthetic, tmp_path):
    base, corpus = synthetic
    out = io.StringIO()
    run = run_eval(resolve_settings(), backend="offline", golden_dir=base, corpus=corpus, report_dir=tmp_path / "r",
                   out=out)
    m = run.metrics
    assert run.section == "offline:realnews" and run.suites == ("extraction",)
    for prefix in ("", "tune.", "check."):
        assert f"{prefix}extraction.attacks.recall" in m
    assert run.counts["tune.documents"] == 1 and run.counts["check.documents"] == 2
    assert m["tune.extraction.attacks.recall"] == 1.0, run.details["extraction"]
    assert m["tune.extraction.field.attacks.killed"] == 1.0
    assert m["tune.extraction.field.attacks.location_country"] == 1.0
    assert "extraction.field.attacks.attack_type" in m and "extraction.field.attacks.background" in m
    table = out.getvalue()
    assert "all" in table and "tune" in table and "check" in table and "attacks.location_country" in table

    # one wrong toll in the annotation = one wrong record: the gate turns red
    baseline = tmp_path / "baseline.json"
    run_eval(resolve_settings(), backend="offline", golden_dir=base, corpus=corpus, baseline=baseline, update=True,
             report_dir=tmp_path / "r1", out=io.StringIO())
    assert json.loads(baseline.read_text())["modes"]["offline:realnews"]["metrics"]["tune.extraction.field.attacks.killed"] == 1.0
    _write_set(base, wrong_toll=True)
    red = run_eval(resolve_settings(), backend="offline", golden_dir=base, corpus=corpus, baseline=baseline,
                   report_dir=tmp_path / "r2", out=io.StringIO())
    assert "tune.extraction.field.attacks.killed" in {r.metric for r in red.regressions}


def _add_fresh_article(base: Path, *, killed: int, split: str = "fresh") -> str:
    """Put the Ramadi bombing in a fresh split with one attack record (``killed`` as given)."""
    doc_id = "ant:AL-test-6-20990106"
    text = TEXTS[doc_id]
    with open(base / "articles.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": doc_id, "split": split, "category": "attack_iraq", "hard_cases": []}) + "\n")
    body = {"doc_id": doc_id, "actors": [], "joint_rooms": [], "agreements": [],
            "attacks": [{"id": "t6.attack.ramadi", "killed": killed, "attack_type": "car_bomb",
                         "location": {"name": "مدينة الرمادي", "country": "IQ"},
                         "evidence": [_span(text, "قتل أربعة مدنيين بانفجار سيارة مفخخة في سوق مدينة الرمادي")]}]}
    (base / "annotations" / f"{doc_id.replace(':', '_')}.json").write_text(json.dumps(body), encoding="utf-8")
    return doc_id


@pytest.mark.parametrize("fresh", FRESH_SPLITS)
def test_the_fresh_split_is_scored_apart_and_left_out_of_the_whole_set(synthetic, tmp_path, fresh):
    base, corpus = synthetic
    before = run_eval(resolve_settings(), backend="offline", golden_dir=base, corpus=corpus,
                      report_dir=tmp_path / "r0", out=io.StringIO())
    _add_fresh_article(base, killed=5, split=fresh)  # the text says four: a wrong toll only the fresh split sees
    out = io.StringIO()
    run = run_eval(resolve_settings(), backend="offline", golden_dir=base, corpus=corpus, report_dir=tmp_path / "r1",
                   out=out)
    m = run.metrics
    assert run.counts[f"{fresh}.documents"] == 1 and run.counts["documents"] == before.counts["documents"] == 3
    assert {k: v for k, v in m.items() if not k.startswith(f"{fresh}.")} == before.metrics  # all = tune + check
    assert m[f"{fresh}.extraction.field.attacks.killed"] == 0.0
    assert m[f"{fresh}.extraction.attacks.recall"] == 1.0 and m[f"{fresh}.extraction.field.attacks.attack_type"] == 1.0
    assert "t6.attack.ramadi" in json.dumps(run.details["extraction"]["field_errors"])  # its errors are in the report
    table = out.getvalue()
    assert f"(tune 1, check 2, {fresh} 1); all = tune + check" in table
    header = next(line for line in table.splitlines() if line.startswith("extraction (value (n))"))
    assert header.split()[-4:] == ["all", "tune", "check", fresh]
    # a baseline taken with the fresh split gates it like the others
    baseline = tmp_path / "baseline.json"
    run_eval(resolve_settings(), backend="offline", golden_dir=base, corpus=corpus, baseline=baseline, update=True,
             report_dir=tmp_path / "r2", out=io.StringIO())
    assert f"{fresh}.extraction.field.attacks.killed" in json.loads(baseline.read_text())["modes"]["offline:realnews"]["metrics"]


def test_without_the_corpus_the_realnews_gate_skips_cleanly(run_cli, tmp_path):
    proc = run_cli("eval", "--golden", str(REPO / "evals" / "realnews"), "--baseline", str(REPO / "evals" / "baseline.json"),
                   "--report-dir", str(tmp_path), env={"MARSAD_CORPUS": str(tmp_path / "absent.jsonl.gz")})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "skipped" in proc.stdout and "shared corpus" in proc.stdout


@pytest.mark.slow
def test_retrieval_at_archive_scale_and_qa_twice(synthetic, tmp_path):
    base, corpus = synthetic
    archive_dir = tmp_path / "archive"
    out = io.StringIO()
    run = run_eval(resolve_settings(), backend="offline", golden_dir=base, corpus=corpus, suites="retrieval,qa",
                   archive_dir=archive_dir, report_dir=tmp_path / "r", out=out)
    m = run.metrics
    for system in ("hybrid", "bm25", "vector", "bm25s_articles"):
        for lang in ("all", "ar", "en"):
            for metric in ("hit@1", "hit@5", "hit@10", "mrr", "ndcg@10"):
                assert 0.0 <= m[f"retrieval.{system}.{lang}.{metric}"] <= 1.0
    assert m["retrieval.hybrid.ar.hit@5"] == 1.0 and m["retrieval.bm25s_articles.ar.hit@1"] == 1.0
    # the near-copy outside the slice is never in a scored list
    for system_misses in run.details["retrieval"]["misses_top10"].values():
        assert all("snn:2099-01-04:9" not in miss["top"] for miss in system_misses)
    assert {"qa.answer_accuracy", "qa.archive.answer_accuracy", "tune.qa.answer_accuracy",
            "check.qa.archive.abstention_accuracy"} <= set(m)
    assert run.counts["archive"]["documents"] == len(TEXTS) and not run.counts["archive"]["cached"]
    text = out.getvalue()
    assert "bm25s_articles" in text and "whole corpus" in text
    # a second run reuses the cached archive
    again = run_eval(resolve_settings(), backend="offline", golden_dir=base, corpus=corpus, suites="retrieval",
                     archive_dir=archive_dir, report_dir=tmp_path / "r2", out=io.StringIO())
    assert again.counts["archive"]["cached"] and again.metrics["retrieval.hybrid.all.mrr"] == m["retrieval.hybrid.all.mrr"]


def test_every_lowered_figure_in_the_committed_baseline_history_is_explained():
    """CI check: each commit's evals/baseline.json against the previous one, since the rule began."""
    try:
        revs = subprocess.run(["git", "log", "--format=%H", "--", "evals/baseline.json"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    start = subprocess.run(["git", "log", "--format=%H", "--diff-filter=A", "--", "evals/BASELINE_CHANGES.md"],
                           cwd=REPO, capture_output=True, text=True).stdout.split()
    if not start:
        pytest.skip("BASELINE_CHANGES.md not committed yet")

    def at(rev: str) -> dict:
        return json.loads(subprocess.run(["git", "show", f"{rev}:evals/baseline.json"], cwd=REPO, capture_output=True,
                                         text=True, check=True).stdout)

    changes = CHANGES_FILE.read_text(encoding="utf-8")
    since = subprocess.run(["git", "rev-list", f"{start[-1]}^..HEAD"], cwd=REPO, capture_output=True,
                           text=True).stdout.split()
    checked = [r for r in revs if r in since]
    versions = [json.loads((REPO / "evals" / "baseline.json").read_text(encoding="utf-8"))] + [at(r) for r in checked]
    if len(revs) > len(checked):
        versions.append(at(revs[len(checked)]))  # the last version before the rule: the reference
    problems = []
    for newer, older in zip(versions, versions[1:], strict=False):
        problems += lowered_without_reason(older, newer, changes)
    assert not problems, f"lowered baseline figures without a line in evals/BASELINE_CHANGES.md: {problems}"
