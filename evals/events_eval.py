"""Events across documents, measured on the real-news set's event clusters (issue 14, item 4).

``evals/realnews/events.jsonl`` groups gold attack items of different articles that are one
real-world incident (``event`` lines) and pairs gold items of different incidents that a naive
matcher would merge (``near_miss`` lines); a gold item in no event line is an incident reported
once. This module runs :func:`marsad.agent.events.build_events` over

* ``gold`` -- the gold attack records of the set (every item, optional ones included, as
  :class:`~marsad.schemas.Attack` objects citing their evidence), and
* ``offline`` -- the offline extractor's records of the same articles (a record stands for the gold
  item its citations overlap most; a record overlapping none is spurious and ignored by the scores),

one split at a time (only that split's articles are given to ``build_events``), and reports:

* ``share``: for each incident reported by 2+ articles of the split, the share of its mentions in its
  single best event, averaged (target >= 0.90). For ``offline`` only the mentions the extractor
  found count, and ``found`` says how many that was.
* ``apart``: near-miss pairs (both found) kept in different events (target 100%).
* ``singletons``: incidents reported once (found) whose event holds no other incident.
* ``pair_p`` / ``pair_r``: cross-article mention pairs put together that are one incident
  (precision) and one-incident pairs put together (recall).

beside two naive baselines: one event per article, and merge by date alone.

    python -m marsad.evals.events_eval [--split tune|check|all] [--source gold|offline|both] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from marsad.agent.events import build_events
from marsad.evals import EVALS_DIR
from marsad.evals.golden import GoldenSet, gold_as_predictions
from marsad.schemas import DocumentRecords

__all__ = ["EVENTS_FILE", "load_event_annotations", "gold_records", "offline_records", "score_clusters",
           "evaluate", "main"]

EVENTS_FILE = EVALS_DIR / "realnews" / "events.jsonl"
REALNEWS_DIR = EVALS_DIR / "realnews"

Key = tuple[str, int]  # (doc_id, index of the attack in the document's records)


def load_event_annotations(path: Path = EVENTS_FILE) -> tuple[list[dict], list[dict]]:
    """The ``event`` and ``near_miss`` lines of an events file (format: evals/realnews/README.md)."""
    events, near = [], []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        obj = json.loads(line)
        if obj.get("type") == "event":
            if len({d for d, _ in obj["members"]}) != len(obj["members"]):
                raise ValueError(f"{path}:{n}: event {obj['id']} has two members from one article")
            events.append(obj)
        elif obj.get("type") == "near_miss":
            near.append(obj)
        else:
            raise ValueError(f"{path}:{n}: unknown line type {obj.get('type')!r} (event | near_miss)")
    return events, near


def gold_records(golden: GoldenSet, doc_ids: Iterable[str]) -> tuple[list[DocumentRecords], dict[Key, str]]:
    """The gold attacks of ``doc_ids`` as records, and which gold item each (doc, index) is."""
    preds = gold_as_predictions(golden, include_optional=True)
    records, item_of = [], {}
    for doc_id in doc_ids:
        doc = golden.docs[doc_id]
        attacks = [a for a in golden.items[doc_id].get("attacks", [])]
        rec = DocumentRecords.model_validate({"doc_id": doc_id, "published": doc.published, "source": doc.source,
                                              "attacks": [_one_answer(a) for a in preds[doc_id].get("attacks", [])]})
        for i, item in enumerate(attacks):
            item_of[(doc_id, i)] = item.id
        records.append(rec)
    return records, item_of


def _one_answer(attack: dict) -> dict:
    """A gold location given as acceptable alternatives (``["IN", "PK"]``) -> its first answer."""
    loc = attack.get("location")
    if isinstance(loc, dict):
        attack = dict(attack, location={k: (next((x for x in v if x is not None), None)
                                            if isinstance(v, list) and k != "aliases" else v)
                                        for k, v in loc.items()})
    return attack


def _overlap(spans_a: Iterable[tuple[int, int]], spans_b: Iterable[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in spans_a for s2, e2 in spans_b)


def offline_records(golden: GoldenSet, doc_ids: Iterable[str],
                    extract: Callable[[Any], DocumentRecords] | None = None) -> tuple[list[DocumentRecords], dict[Key, str]]:
    """The offline extractor's records of ``doc_ids``; each attack mapped to the gold item it cites most."""
    if extract is None:
        from marsad.agent.backends import get_extractor

        extract = get_extractor(None, "offline").extract
    records, item_of = [], {}
    for doc_id in doc_ids:
        rec = extract(golden.docs[doc_id])
        records.append(rec)
        gold = golden.items[doc_id].get("attacks", [])
        for i, attack in enumerate(rec.attacks):
            spans = [(c.start, c.end) for c in attack.citations]
            best = max(gold, key=lambda g: _overlap(spans, g.spans), default=None)
            if best is not None and _overlap(spans, best.spans) > 0:
                item_of[(doc_id, i)] = best.id
    return records, item_of


def score_clusters(clusters: list[set[Key]], item_of: dict[Key, str], events: list[dict],
                   near_misses: list[dict], doc_ids: set[str]) -> dict:
    """Scores of one clustering of mentions against the annotated incidents (see the module docstring)."""
    incident = {}
    for ev in events:
        for _doc_id, item_id in ev["members"]:
            incident[item_id] = ev["id"]
    cluster_of: dict[str, set[int]] = defaultdict(set)  # gold item -> clusters holding a mention of it
    for ci, cluster in enumerate(clusters):
        for key in cluster:
            if key in item_of:
                cluster_of[item_of[key]].add(ci)

    def incidents_in(ci: int) -> set[str]:
        return {incident.get(item_of[k], item_of[k]) for k in clusters[ci] if k in item_of}

    shares, found, total = [], 0, 0
    for ev in events:
        members = [item for doc_id, item in ev["members"] if doc_id in doc_ids]
        if len(members) < 2:
            continue
        total += len(members)
        seen = [m for m in members if m in cluster_of]
        found += len(seen)
        if len(seen) < 2:
            continue
        best = max(sum(1 for m in seen if ci in cluster_of[m]) for ci in set().union(*(cluster_of[m] for m in seen)))
        shares.append(best / len(seen))
    apart = []
    for nm in near_misses:
        (da, a), (db, b) = nm["a"], nm["b"]
        if da in doc_ids and db in doc_ids and a in cluster_of and b in cluster_of:
            apart.append(not (cluster_of[a] & cluster_of[b]))
    single_ok = []
    for item, cis in cluster_of.items():
        if item in incident:
            continue
        single_ok.append(all(incidents_in(ci) == {item} for ci in cis))
    same_pairs = together = together_same = 0
    keys = [k for k in item_of if k[0] in doc_ids]
    where = {k: ci for ci, c in enumerate(clusters) for k in c}
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if a[0] == b[0]:
                continue
            same = incident.get(item_of[a], item_of[a]) == incident.get(item_of[b], item_of[b])
            joint = where.get(a) is not None and where.get(a) == where.get(b)
            same_pairs += same
            together += joint
            together_same += same and joint
    return {
        "incidents": len(shares), "share": sum(shares) / len(shares) if shares else None,
        "found": f"{found}/{total}",
        "near_misses": len(apart), "apart": sum(apart) / len(apart) if apart else None,
        "singletons": len(single_ok), "singletons_kept": sum(single_ok) / len(single_ok) if single_ok else None,
        "pair_p": together_same / together if together else None,
        "pair_r": together_same / same_pairs if same_pairs else None,
        "clusters": len(clusters),
    }


def _systems(records: list[DocumentRecords], merge_at: float | None) -> dict[str, list[set[Key]]]:
    kw = {} if merge_at is None else {"merge_at": merge_at}
    marsad = [{(m.doc_id, m.index) for m in e.mentions} for e in build_events(records, **kw)]
    per_article = [{(r.doc_id, i) for i in range(len(r.attacks))} for r in records if r.attacks]
    by_date: dict[str, set[Key]] = defaultdict(set)
    for r in records:
        for i, a in enumerate(r.attacks):
            by_date[a.date or r.published or ""].add((r.doc_id, i))
    return {"marsad": marsad, "one_per_article": per_article, "by_date": list(by_date.values())}


def evaluate(golden: GoldenSet, events: list[dict], near_misses: list[dict], *, split: str | None = None,
             sources: Iterable[str] = ("gold", "offline"), merge_at: float | None = None,
             extract: Callable[[Any], DocumentRecords] | None = None) -> dict:
    """Scores per source (``gold``/``offline``) and system (marsad and the two baselines).

    Args:
        golden: the real-news set (or any :class:`GoldenSet` with attack items).
        events, near_misses: from :func:`load_event_annotations`.
        split: ``tune``/``check``; None = every article together.
        sources: which records to cluster.
        merge_at: passed to ``build_events`` (None = its default).
        extract: the extractor for ``offline`` (default: the offline rules).
    """
    doc_ids = sorted(d for d in golden.items if split is None or golden.splits.get(d) == split)
    out = {}
    for source in sources:
        if source == "gold":
            records, item_of = gold_records(golden, doc_ids)
        elif source == "offline":
            records, item_of = offline_records(golden, doc_ids, extract)
        else:
            raise ValueError(f"unknown source {source!r}: gold | offline")
        out[source] = {name: score_clusters(clusters, item_of, events, near_misses, set(doc_ids))
                       for name, clusters in _systems(records, merge_at).items()}
    return out


def _fmt(v) -> str:
    return "  -  " if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["tune", "check", "all"], default=None, help="default: tune and check")
    ap.add_argument("--source", choices=["gold", "offline", "both"], default="both")
    ap.add_argument("--merge-at", type=float, default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    from marsad.evals.golden import load_realnews_set
    from marsad.evals.realnews.load import CorpusUnavailable

    try:
        golden = load_realnews_set(REALNEWS_DIR)
    except CorpusUnavailable as exc:
        print(f"skipped: {exc}", file=sys.stderr)
        return 0
    events, near = load_event_annotations()
    sources = ("gold", "offline") if args.source == "both" else (args.source,)
    splits = [args.split] if args.split else ["tune", "check"]
    results = {s: evaluate(golden, events, near, split=None if s == "all" else s, sources=sources,
                           merge_at=args.merge_at) for s in splits}
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    cols = ["share", "found", "apart", "singletons_kept", "pair_p", "pair_r", "clusters"]
    for s, per_source in results.items():
        for source, systems in per_source.items():
            first = systems["marsad"]
            print(f"[{s} / {source}] incidents {first['incidents']}, near-miss pairs {first['near_misses']}, "
                  f"singletons {first['singletons']}")
            print(f"  {'system':16}" + "".join(f"{c:>16}" for c in cols))
            for name, sc in systems.items():
                print(f"  {name:16}" + "".join(f"{_fmt(sc[c]):>16}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
