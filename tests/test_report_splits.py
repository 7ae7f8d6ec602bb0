"""The real-news summary lists the QA figures of every fresh-question split the run scored."""

from __future__ import annotations

from types import SimpleNamespace

from marsad.evals.report import _qa_side_by_side


def _run(metrics: dict[str, float]) -> SimpleNamespace:
    return SimpleNamespace(metrics=metrics, sizes={k: 7 for k in metrics})


def test_every_dev_split_gets_its_lines_in_order_and_absent_ones_none():
    m = {}
    for split in ("", "tune.", "check.", "dev.", "dev3.", "dev12.", "dev4."):
        for index in ("qa", "qa.archive"):
            m[f"{split}{index}.answer_accuracy"] = 0.5
            m[f"{split}{index}.abstention_accuracy"] = 0.75
    rows = _qa_side_by_side(_run(m))
    names = [r[0] for r in rows]
    assert names[:7] == ["answer_accuracy", "tune.answer_accuracy", "check.answer_accuracy", "dev.answer_accuracy",
                         "dev3.answer_accuracy", "dev4.answer_accuracy", "dev12.answer_accuracy"]
    assert "dev2.answer_accuracy" not in names and len(rows) == 14
    assert rows[1] == ("tune.answer_accuracy", "0.500 (7)", "0.500 (7)")


def test_a_run_without_fresh_questions_has_only_the_set_lines():
    m = {f"{s}qa.answer_accuracy": 1.0 for s in ("", "tune.", "check.")}
    rows = _qa_side_by_side(_run(m))
    assert [r[0] for r in rows][:3] == ["answer_accuracy", "tune.answer_accuracy", "check.answer_accuracy"]
    assert all(r[2] == "-" for r in rows)


def test_english_accuracy_is_its_own_line_where_the_run_has_english_questions():
    m = {"qa.answer_accuracy": 0.5, "tune.qa.answer_accuracy": 0.5, "tune.qa.english_answer_accuracy": 0.25,
         "dev5.qa.archive.english_answer_accuracy": 0.0}
    names = [r[0] for r in _qa_side_by_side(_run(m))]
    assert names == ["answer_accuracy", "tune.answer_accuracy", "tune.english_answer_accuracy",
                     "dev5.english_answer_accuracy"]


def test_qa_rates_count_english_answerable_questions_apart():
    from marsad.evals.scoring import qa_rates

    def score(i, correct, abstain=False, stated=0, grounded=0):
        return SimpleNamespace(id=i, correct=correct, expect_abstain=abstain, abstention_correct=correct,
                               numbers_stated=stated, numbers_grounded=grounded)

    scores = [score("a", True, stated=2, grounded=2), score("b", False, stated=2, grounded=1), score("c", True),
              score("d", True, abstain=True)]
    m, n = qa_rates(scores, "qa", {"b", "c", "d"})
    assert m["qa.answer_accuracy"] == 2 / 3 and m["qa.english_answer_accuracy"] == 0.5
    assert n["qa.english_answer_accuracy"] == 2 and m["qa.abstention_accuracy"] == 0.75
    assert m["qa.number_grounding"] == 0.75 and n["qa.number_grounding"] == 4
    assert "qa.english_answer_accuracy" not in qa_rates(scores, "qa", {"d"})[0]
    assert "qa.number_grounding" not in qa_rates(scores[2:], "qa")[0]  # no statement states a number
