"""The events evaluation runs on a tiny synthetic set and its scores can fail."""

from __future__ import annotations

import json

from marsad.evals.events_eval import evaluate, load_event_annotations, score_clusters
from marsad.evals.golden import GoldenSet, GoldItem
from marsad.schemas import Document

TEXT = "انفجار سيارة مفخخة في كركوك أسفر عن مقتل خمسة أشخاص يوم 2018-03-04."


def _item(doc_id: str, item_id: str, place: str, date: str, killed: int) -> GoldItem:
    fields = {"date": date, "date_precision": "day", "killed": killed, "attack_type": "car_bomb",
              "location": {"name": place, "canonical_name": place}}
    return GoldItem("attacks", item_id, doc_id, fields, ((0, 20),), (TEXT[:20],))


def _set() -> GoldenSet:
    docs, items, splits = {}, {}, {}
    for doc_id, place, date in (("a", "كركوك", "2018-03-04"), ("b", "كركوك", "2018-03-04"),
                                ("c", "البصرة", "2018-03-04"), ("d", "كركوك", "2018-03-20")):
        docs[doc_id] = Document(doc_id=doc_id, title=None, source=doc_id, published=date, text=TEXT)
        items[doc_id] = {"attacks": [_item(doc_id, f"{doc_id}.attack.1", place, date, 5)]}
        splits[doc_id] = "tune"
    return GoldenSet("t", docs, items, [], [], kind="realnews", splits=splits)


def test_evaluation_runs_on_a_synthetic_set(tmp_path):
    lines = [{"type": "event", "id": "e1", "split": "tune", "members": [["a", "a.attack.1"], ["b", "b.attack.1"]]},
             {"type": "near_miss", "id": "n1", "split": "tune", "a": ["a", "a.attack.1"], "b": ["c", "c.attack.1"],
              "why": "same day one country"}]
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    events, near = load_event_annotations(path)
    out = evaluate(_set(), events, near, split="tune", sources=("gold",))["gold"]
    assert out["marsad"]["share"] == 1.0 and out["marsad"]["apart"] == 1.0
    assert out["marsad"]["singletons_kept"] == 1.0  # c and d stay alone
    assert out["one_per_article"]["share"] == 0.5
    assert out["by_date"]["apart"] == 0.0  # a and c share a date: the naive baseline merges them


def test_scores_fail_when_clusters_are_wrong():
    item_of = {("a", 0): "a1", ("b", 0): "b1", ("c", 0): "c1"}
    events = [{"id": "e", "members": [["a", "a1"], ["b", "b1"]]}]
    near = [{"a": ["a", "a1"], "b": ["c", "c1"]}]
    bad = score_clusters([{("a", 0), ("c", 0)}, {("b", 0)}], item_of, events, near, {"a", "b", "c"})
    assert bad["share"] == 0.5 and bad["apart"] == 0.0 and bad["singletons_kept"] == 0.0
    assert bad["pair_p"] == 0.0 and bad["pair_r"] == 0.0
