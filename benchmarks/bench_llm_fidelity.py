"""Benchmark: how faithful the LLM path stays when a model's output is slightly off, the way real models are.

A local OpenAI-compatible server answers every window with the *gold* records of the
golden set (``evals/golden``) and, when the shared corpus is present, of the real-news set
(``evals/realnews``, loaded through :mod:`marsad.evals.realnews.load`), each perturbed by
one of the ways real models garble a reply, plus invented records with invented quotes:

* spelling: alef forms, final ya/alef maqsura, ta marbuta/ha, hamza seats;
* diacritics added or dropped; NBSP for spaces; quote marks changed;
* a quote cut short, or running on across a sentence boundary;
* numbers in the quote as words instead of digits (or digits instead of words);
* an English name where the article's Arabic one belongs; a field left out;
* invented records (a quote taken from another article, names that are nowhere).

The whole LLM path runs over real HTTP (instructor parsing, per-record repair, grounding,
validation). A true record is **kept** when an output record of its kind cites a span
overlapping the gold evidence (``text[start:end] == quote`` always holds) and its key
fields are right (actor type; attack type, killed, injured; room and agreement status);
**exact** when a citation is exactly a gold span. A perturbation that does not apply to a
record (no number in its quote, no hamza...) counts the record under ``none``. Targets: >= 98% of true records kept,
100% of invented records dropped. Each perturbation's own rate is printed.

Run: ``.venv/bin/python benchmarks/bench_llm_fidelity.py [--sets golden,realnews] [--seed 15]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from marsad.agent.llm import LLMExtractor  # noqa: E402
from marsad.agent.llm.response_models import to_wire  # noqa: E402
from marsad.core.arabic import split_sentences  # noqa: E402
from marsad.core.config import resolve_settings  # noqa: E402
from marsad.evals import GOLDEN_DIR  # noqa: E402
from marsad.evals.golden import GoldenSet, GoldItem, load_golden  # noqa: E402
from marsad.evals.openai_server import OpenAICompatServer, Reply  # noqa: E402
from marsad.evals.record_tool import _draft_item  # noqa: E402
from marsad.evals.replay import window_text_of  # noqa: E402

MODEL = "fidelity-model"
KEY_FIELDS = {"actors": ("type",), "attacks": ("attack_type", "killed", "injured"), "joint_rooms": ("status",),
              "agreements": ("status",)}
_MARKS = re.compile("[\u064b-\u0652\u0670]")
_WORDS = {"1": "واحد", "2": "اثنين", "3": "ثلاثة", "4": "أربعة", "5": "خمسة", "6": "ستة", "7": "سبعة",
          "8": "ثمانية", "9": "تسعة", "10": "عشرة", "11": "احد عشر", "12": "اثني عشر"}
_DIGITS = {w: d for d, w in _WORDS.items()}


# ---------------------------------------------------------------- perturbations (quote -> quote)
def _alef(q: str) -> str:
    return q.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا") if re.search("[أإآ]", q) else \
        re.sub(r"(^| )ا", r"\1أ", q, count=2)


def _ya(q: str) -> str:
    return re.sub(r"ي(?=\s|$)", "ى", q) if re.search(r"ي(\s|$)", q) else re.sub(r"ى(?=\s|$)", "ي", q)


def _ta_marbuta(q: str) -> str:
    return re.sub(r"ة(?=\s|$)", "ه", q) if re.search(r"ة(\s|$)", q) else re.sub(r"ه(?=\s|$)", "ة", q)


def _hamza(q: str) -> str:
    return q.replace("ؤ", "و").replace("ئ", "ي").replace("ء", "") if re.search("[ؤئء]", q) else q.replace("أ", "ا")


def _diacritics(q: str) -> str:
    if _MARKS.search(q):
        return _MARKS.sub("", q)
    out = []
    for i, ch in enumerate(q):
        out.append(ch)
        if "\u0621" <= ch <= "\u064a" and i % 3 == 0:
            out.append("\u064e")  # fatha
    return "".join(out)


def _nbsp(q: str) -> str:
    return q.replace(" ", "\u00a0")


def _quote_marks(q: str) -> str:
    if re.search("[\"«»“”]", q):
        return q.translate(str.maketrans({"«": '"', "»": '"', '"': "«", "“": "«", "”": "»"}))
    return f"«{q}»"


def _cut_short(q: str) -> str:
    words = q.split()
    return " ".join(words[: max(3, len(words) - 2)]) if len(words) > 4 else q


def _numbers(q: str) -> str:
    if re.search(r"\b\d{1,2}\b", q):
        return re.sub(r"\b(\d{1,2})\b", lambda m: _WORDS.get(m.group(1), m.group(1)), q)
    for word, digit in _DIGITS.items():
        if re.search(rf"(^|\s){word}(\s|$)", q):
            return re.sub(rf"(^|\s){word}(?=\s|$)", rf"\g<1>{digit}", q)
    return q


QUOTE_PERTURBATIONS = {
    "alef": _alef, "ya": _ya, "ta_marbuta": _ta_marbuta, "hamza": _hamza, "diacritics": _diacritics,
    "nbsp": _nbsp, "quote_marks": _quote_marks, "cut_short": _cut_short, "numbers": _numbers,
}
PERTURBATIONS = ["none", *QUOTE_PERTURBATIONS, "run_on", "english_name", "field_left_out"]


def _run_on(text: str, span: tuple[int, int]) -> str:
    """The gold quote continued over the next sentence boundary (a few words of the next sentence)."""
    start, end = span
    for s, e in split_sentences(text):
        if s >= end:
            tail = text[s:e].split()[:4]
            return text[start:s] + " ".join(tail) if tail else text[start:end]
    return text[start:end]


def _draft(item: GoldItem) -> dict:
    """The gold record in the contract's names; a field annotated with acceptable variants takes the first."""
    rec = _draft_item(item)
    for key in ("type", "attack_type", "status", "agreement_type", "killed", "injured", "date", "target", "role"):
        if isinstance(rec.get(key), list):
            rec[key] = next((v for v in rec[key] if v is not None), None)
    if item.kind == "actors" and "type" not in rec and isinstance(item.fields.get("type"), list):
        rec["type"] = item.fields["type"][0]
    return rec


def perturb(item: GoldItem, text: str, kind: str) -> dict:
    """The gold record as a model would write it, garbled by ``kind``."""
    rec = _draft(item)
    if kind in QUOTE_PERTURBATIONS:
        rec["quotes"] = [QUOTE_PERTURBATIONS[kind](q) for q in rec["quotes"]]
    elif kind == "run_on" and item.spans:
        rec["quotes"] = [_run_on(text, item.spans[0])] + rec["quotes"][1:]
    elif kind == "english_name":
        if item.kind == "actors" and rec.get("name_en"):
            rec["name"] = rec["name_en"]
        elif isinstance(rec.get("location"), dict) and rec["location"].get("name_en"):
            rec["location"]["name"] = rec["location"]["name_en"]
    elif kind == "field_left_out":
        for key in ("date", "location", "target", "role", "participants", "parties", "name_en", "perpetrator"):
            if key in rec and key not in KEY_FIELDS[item.kind]:
                del rec[key]
                break
    return rec


def invented(other_text: str, n: int) -> list[tuple[str, dict]]:
    """Records with quotes from another article and names that exist nowhere."""
    sentences = [other_text[s:e] for s, e in split_sentences(other_text) if e - s > 40]
    out = []
    for i, sentence in enumerate(sentences[:2]):
        marker = f"مختلق{n}x{i}"
        out.append(("attacks", {"quotes": [sentence], "attack_type": "armed_assault", "target": marker, "killed": 7}))
        out.append(("actors", {"quotes": [" ".join(sentence.split()[:6])], "name": marker, "type": "armed_group"}))
    return out


# ---------------------------------------------------------------- scoring
def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _field_ok(pred: object, gold: object) -> bool:
    if isinstance(gold, list):
        return pred in gold or (not gold and pred in (None, []))
    return pred == gold


def run_set(golden: GoldenSet, name: str, seed: int) -> dict:
    rng = random.Random(seed)
    docs = list(golden.docs.values())
    assigned: dict[str, list[tuple[GoldItem, str]]] = {}
    replies: dict[str, dict] = {}
    markers: list[str] = []
    for n, doc in enumerate(docs):
        reply: dict[str, list] = {"actors": [], "attacks": [], "joint_rooms": [], "agreements": []}
        pairs = []
        for kind_items in golden.items.get(doc.doc_id, {}).values():
            for item in kind_items:
                if item.optional or not item.quotes:
                    continue
                kind = rng.choice(PERTURBATIONS)
                rec = perturb(item, doc.text, kind)
                if kind != "none" and rec == _draft(item):
                    kind = "none"  # the perturbation did not apply to this record (e.g. no number in it)
                pairs.append((item, kind))
                reply[item.kind].append(rec)
        other = docs[(n + len(docs) // 2) % len(docs)]
        if other.doc_id != doc.doc_id:
            for kind, rec in invented(other.text, n):
                reply[kind].append(rec)
                markers.append(rec.get("target") or rec.get("name"))
        assigned[doc.doc_id] = pairs
        replies[doc.doc_id] = to_wire(reply)

    texts = {d.doc_id: d.text for d in docs}

    def responder(request: dict) -> Reply:
        window = window_text_of(request)
        doc_id = next(d for d, t in texts.items() if window and window in t)
        return Reply.tool_call(replies[doc_id])

    with tempfile.TemporaryDirectory() as home, OpenAICompatServer(responder, models=[MODEL]) as srv:
        settings = resolve_settings({"home": home, "llm_base_url": srv.base_url, "llm_model": MODEL,
                                     "llm_api_key": "x", "llm_cache": False, "llm_concurrency": 8}, env={})
        outcomes = {o.doc.doc_id: o for o in LLMExtractor(settings, window_chars=10**7).extract_batch(docs)}

    per: dict[str, Counter] = defaultdict(Counter)
    losses: list[dict] = []
    kept_invented = 0
    for doc in docs:
        out = outcomes[doc.doc_id]
        if not out.ok:
            for _item, kind in assigned[doc.doc_id]:
                per[kind]["total"] += 1
            continue
        used: set[int] = set()
        records = {k: list(getattr(out.records, k)) for k in KEY_FIELDS}
        for item, kind in assigned[doc.doc_id]:
            per[kind]["total"] += 1
            best, best_score = None, (False, 0.0)
            for i, rec in enumerate(records[item.kind]):
                if id(rec) in used:
                    continue
                iou = max((_iou((c.start, c.end), g) for c in rec.citations for g in item.spans), default=0.0)
                fields_ok = all(_field_ok(getattr(rec, f, None), item.fields[f])
                                for f in KEY_FIELDS[item.kind] if f in item.fields)
                if iou > 0 and (fields_ok, iou) > best_score:  # several records may cite one span
                    best, best_score = (i, rec), (fields_ok, iou)
            if best is None:
                losses.append({"doc": doc.doc_id, "item": item.id, "perturbation": kind, "why": "no record"})
                continue
            rec = best[1]
            used.add(id(rec))
            wrong = [f for f in KEY_FIELDS[item.kind] if f in item.fields
                     and not _field_ok(getattr(rec, f, None), item.fields[f])]
            if wrong:
                losses.append({"doc": doc.doc_id, "item": item.id, "perturbation": kind, "why": f"fields {wrong}",
                               "got": {f: getattr(rec, f, None) for f in wrong}})
                continue
            per[kind]["kept"] += 1
            if any((c.start, c.end) in set(item.spans) for c in rec.citations):
                per[kind]["exact"] += 1
        for kind in KEY_FIELDS:
            for rec in getattr(out.records, kind):
                if getattr(rec, "name", None) in markers or getattr(rec, "target", None) in markers:
                    kept_invented += 1
    total = sum(c["total"] for c in per.values())
    kept = sum(c["kept"] for c in per.values())
    return {"set": name, "documents": len(docs), "true_records": total, "kept": kept,
            "kept_rate": round(kept / total, 4) if total else None,
            "exact": sum(c["exact"] for c in per.values()),
            "invented": len(markers), "invented_kept": kept_invented,
            "failed_documents": sum(1 for o in outcomes.values() if not o.ok),
            "per_perturbation": {k: {"n": c["total"], "kept": round(c["kept"] / c["total"], 3) if c["total"] else None,
                                     "exact": round(c["exact"] / c["total"], 3) if c["total"] else None}
                                 for k, c in sorted(per.items())},
            "losses": losses}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="golden,realnews")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--show-losses", type=int, default=10, help="print this many lost records per set")
    args = ap.parse_args()
    ok = True
    for name in args.sets.split(","):
        if name == "golden":
            golden = load_golden(GOLDEN_DIR)
        else:
            from marsad.evals.realnews.load import default_corpus

            if not default_corpus().exists():
                print(f"{name}: skipped (the shared corpus is not present)")
                continue
            golden = load_golden(REPO / "evals" / "realnews")
        result = run_set(golden, name, args.seed)
        rate = result["kept_rate"] or 0.0
        print(f"{name}: {result['documents']} docs, {result['true_records']} true records: kept {rate:.1%} "
              f"(target >= 98%: {'PASS' if rate >= 0.98 else 'FAIL'}), exact span {result['exact']}; "
              f"invented {result['invented']}, kept {result['invented_kept']} "
              f"(target 0: {'PASS' if result['invented_kept'] == 0 else 'FAIL'}); failed docs {result['failed_documents']}")
        for kind, row in result["per_perturbation"].items():
            print(f"  {kind:15s} n={row['n']:4d}  kept {row['kept']:.3f}  exact span {row['exact']:.3f}")
        for loss in result["losses"][: args.show_losses]:
            print("  lost:", json.dumps(loss, ensure_ascii=False))
        ok = ok and rate >= 0.98 and result["invented_kept"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
