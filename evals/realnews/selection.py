#!/usr/bin/env python3
"""Choose the articles of the real-news development set and fix their tune/check split.

Standalone, Python stdlib only, deterministic (seeded). Reads ONLY the development slice of
the shared corpus (``in_slice``): every other article is skipped before its text is looked at.

Two steps:

1. ``python evals/realnews/selection.py scan [--corpus PATH] [--out DIR]``
   Classifies every development-slice article by keyword families and writes, OUTSIDE the
   repo (default ``/work/annot/selection``), one review sheet per category with each
   candidate's title and matched sentences. A person reads the sheets and records a verdict
   per article in ``evals/realnews/review.jsonl`` (ids, categories, notes -- no corpus text).

2. ``python evals/realnews/selection.py build [--corpus PATH]``
   Takes the confirmed articles of ``review.jsonl`` (verdict ``keep``), adds the metadata
   (source, date), clusters near-duplicate reports of one incident, and assigns the split:
   ~60/40 tune/check by article, stratified by category, seeded, whole clusters together.
   The split is FROZEN: an id already in ``articles.jsonl`` keeps its split for ever; only new
   ids get one. A review line with ``"split": "fresh"`` (or another of load.FRESH_SPLITS) is put in that split instead:
   articles annotated after the rules were written, scored apart from tune and check (README).
   Writes ``articles.jsonl`` and prints counts.

The automatic classification (``classify``) only proposes; ``review.jsonl`` is the record of
what a person confirmed after reading the title and the matched sentences.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = Path(os.environ.get("MARSAD_CORPUS", HERE.parents[2] / "shared" / "corpus" / "arabic_news.jsonl.gz"))
if __package__:  # imported as marsad.evals.realnews.selection
    from marsad.evals.realnews.load import FRESH_SPLITS, in_slice
else:  # run as a script: python evals/realnews/selection.py
    from load import FRESH_SPLITS, in_slice

SEED = 20250611  # fixed once; never change (the split depends on it)
FRESH = FRESH_SPLITS  # a review line's explicit split: samples annotated after the rules, scored apart
TUNE_SHARE = 0.6
CATEGORIES = ("attack_iraq", "attack_region", "room", "agreement", "no_event")


def iter_slice(corpus: Path):
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if in_slice(rec):  # nothing outside the slice is kept, printed or classified
                yield rec


# ---------------------------------------------------------------- keyword families
def _rx(s: str) -> re.Pattern:
    return re.compile(s)


VIOL = _rx(r"انفجار|تفجير|مفخخ|عبو[ةه]|ناسف|انتحاري|هجوم|هجمات|اعتداء|اشتباك|كمين|اغتيال|غار[ةه]|غارات|قصف|قذائف|قذيف|"
           r"صاروخ|إطلاق (?:ال)?نار|اطلاق (?:ال)?نار|رصاص|مسلح|خطف|اختطاف|إعدام|اعدام|أعدم|اعدم|ذبح|قناص|طعن|دهس|مسيّر|طائرة مسيرة")
CAS = _rx(r"قتيل|قتلى|مقتل|قتل|مصرع|حتف|استشهاد|شهيد|شهداء|جرحى|جريح|إصاب|اصاب|أصيب|اصيب|مصاب|ضحايا")
ACCIDENT = _rx(r"حادث (?:مروري|سير|تصادم|انقلاب)|حوادث (?:مرورية|سير)|انقلاب (?:سيارة|باص|مركبة)|تصادم|حريق|غرق|سيول|أمطار|زلزال|"
               r"الهلال الأحمر|الدفاع المدني|صعق|ماس كهربائي|ثعبان")
SPORT = _rx(r"غرفة الملابس|المباراة|الدوري|المنتخب|النادي|اللاعب")
ROOM = _rx(r"غرف[ةه] (?:ال)?عمليات|غرف (?:ال)?عمليات|غرف[ةه] (?:ال)?تنسيق|مركز (?:ال)?تنسيق|مركز (?:ال)?عمليات|"
           r"قياد[ةه] (?:ال)?عمليات (?:ال)?مشترك|مركز (?:ال)?عمليات (?:ال)?مشترك|غرف[ةه] مشترك|"
           r"قياد[ةه] (?:ال)?قوات (?:ال)?مشترك|(?:ال)?قياد[ةه] (?:ال)?مشترك|(?:ال)?عمليات (?:ال)?مشترك[ةه] ل|"
           r"مركز (?:حيوي )?ل?قياد[ةه] (?:ال)?عمليات|مركز قياد[ةه] حيوي|مقر قياد[ةه] عملي[ةه]|مركز (?:ال)?قياد[ةه] في وزار[ةه]")
# single-agency dispatch rooms (Red Crescent, civil defence, traffic, ministry hotline) are false hits
ROOM_FALSE = _rx(r"غرف[ةه] (?:ال)?عمليات (?:ب|بمركز )?(?:ال)?هلال|الهلال الأحمر|الدفاع المدني|المرور|تلقت غرف[ةه] (?:ال)?عمليات|"
                 r"بلاغ[اً]* (?:إلى|لـ?)?(?:مركز|غرف)|ورد بلاغ")
AGREE = _rx(r"اتفاق|اتفاقي[ةه]|هدن[ةه]|وقف (?:إطلاق|اطلاق) النار|مذكر[ةه] تفاهم|تفاهمات|تهدئ[ةه]")
AGREE_CTX = _rx(r"أمني|امني|عسكري|القوات|قتال|الحرب|مسلح|النار|إرهاب|ارهاب|الحدود|دفاع|المعارك|انسحاب|المعارضة|الفصائل|"
                r"الميليشيا|المليشيا|الحوثي|الهدنة|التهدئة|المقاتلين|السلاح")
NUCLEAR = _rx(r"النووي")
TOPIC = _rx(r"داعش|الإرهاب|الارهاب|إرهابي|ارهابي|الحشد|القوات|الأمن|الأمني|عسكري|الجيش|الميليشيا|المليشيا|الحوثي|"
            r"القاعدة|المسلحين|التحالف|العراق|عراقي|بغداد")
IRAQ = _rx(r"العراق|عراقي|بغداد|الموصل|نينوى|الأنبار|الانبار|الرمادي|الفلوجة|كركوك|ديالى|صلاح الدين|تكريت|البصرة|أربيل|"
           r"اربيل|كردستان|سامراء|بيجي|الحشد الشعبي|الكرمة|الحويجة|الكاظمية|العبادي")
REGIONS = {
    "SY": _rx(r"سوريا|سورية|السوري|دمشق|حلب|إدلب|ادلب|الرقة|دير الزور|درعا|حمص|الغوطة|عفرين|حماة|الأسد"),
    "YE": _rx(r"اليمن|اليمني|الحوثي|صنعاء|عدن|الحديدة|تعز|مأرب|صعدة|حضرموت"),
    "TR": _rx(r"تركيا|التركي|أنقرة|انقرة|إسطنبول|اسطنبول|الكردستاني"),
    "SA": _rx(r"السعودي|المملكة|الرياض|جازان|نجران|القطيف|الأحساء|الدمام|القديح|العنود"),
    "GULF": _rx(r"البحرين|البحريني|الكويت|الكويتي|الإمارات|الإماراتي|قطر|القطري|سلطنة عمان"),
    "EG": _rx(r"مصر|المصري|سيناء|القاهرة|العريش"),
    "AF": _rx(r"أفغانستان|افغانستان|الأفغاني|كابول|طالبان"),
    "LY": _rx(r"ليبيا|الليبي|طرابلس|بنغازي|درنة|سرت"),
    "SO": _rx(r"الصومال|الصومالي|مقديشو|حركة الشباب"),
    "PS": _rx(r"غزة|إسرائيل|الإسرائيلي|الفلسطيني|الضفة|حماس"),
    "LB": _rx(r"لبنان|اللبناني|بيروت|حزب الله|عرسال"),
    "PK": _rx(r"باكستان|الباكستاني"),
    "NG": _rx(r"نيجيريا|بوكو حرام|مالي|النيجر|بوركينا"),
}
HARD = {
    "roundup": _rx(r"(?:حوادث|هجمات|اعتداءات|عمليات) متفرق|سلسل[ةه] (?:تفجيرات|هجمات|انفجارات)|في عد[ةه] مناطق|هجمات منفصل"),
    "toll_update": _rx(r"ارتفع(?:ت)? (?:حصيل[ةه]|عدد (?:القتلى|الضحايا|الجرحى|المصابين))|حصيل[ةه] جديد"),
    "claim": _rx(r"تبنى|تبنت|تبنّى|تبنّت|يتبنى|أعلن(?:ت)? مسؤوليت|اعلن(?:ت)? مسؤوليت|مسؤوليته عن|مسؤوليتها عن"),
    "denial": _rx(r"\b(?:نفى|نفت|ينفي|تنفي)\b"),
    "foiled": _rx(r"إحباط|احباط|أحبطت|احبطت|أحبط|احبط|أفشل|إفشال"),
    "period_stats": _rx(r"منذ بداي[ةه] (?:العام|الشهر|السن[ةه])|خلال (?:ال)?(?:شهر|أسبوع|الأسبوع|العام|الأشهر|الشهور|الفتر[ةه])|إحصائي|احصائي|"
                        r"حصيل[ةه] (?:شهر|العام|الأسبوع|أسبوعي|شهري)"),
    "history": _rx(r"ذكرى|قبل \d+ (?:عاما|عامًا|سنة|سنوات|أعوام)|في عام 19\d\d|عام 19\d\d"),
    "opinion": _rx(r"أعتقد|اعتقد أن|أرى أن|في رأيي|برأيي|!!|أيها|يا أيها"),
}
SENT_SPLIT = re.compile(r"(?<=[.!؟?\n])\s+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENT_SPLIT.split(text) if s.strip()]


def region(text: str) -> tuple[str, Counter]:
    counts = Counter()
    counts["IQ"] = len(IRAQ.findall(text))
    for k, rx in REGIONS.items():
        counts[k] = len(rx.findall(text))
    top = counts.most_common(1)[0]
    return (top[0] if top[1] else "OTHER"), counts


def classify(rec: dict) -> dict:
    """Propose categories for one slice article from its title and text (a person confirms)."""
    title, text = rec.get("title") or "", rec.get("text") or ""
    full = title + "\n" + text
    sents = sentences(text)
    attack_s = [s for s in sents if VIOL.search(s) and CAS.search(s) and not ACCIDENT.search(s)]
    strike_s = [s for s in sents if re.search(r"غار[ةه]|غارات|قصف|تفجير|انفجار|هجوم", s) and TOPIC.search(s)
                and not ACCIDENT.search(s)]
    room_s = [s for s in sents if ROOM.search(s) and not ROOM_FALSE.search(s) and not SPORT.search(s)]
    agree_s = [s for s in sents if AGREE.search(s) and AGREE_CTX.search(s) and not NUCLEAR.search(s)]
    topic_n = len(TOPIC.findall(full))
    reg, counts = region(full)
    hard = sorted(k for k, rx in HARD.items() if any(rx.search(s) for s in sents))
    if "denial" in hard and not any(HARD["denial"].search(s) and TOPIC.search(s) for s in sents):
        hard.remove("denial")
    cats = []
    if len(attack_s) + len(strike_s) >= 2 and topic_n >= 3:
        cats.append("attack_iraq" if reg == "IQ" else "attack_region")
    if room_s:
        cats.append("room")
    if agree_s:
        cats.append("agreement")
    if not attack_s and not strike_s and not room_s and not agree_s and topic_n >= 8 and not ACCIDENT.search(full):
        cats.append("no_event")
    return {
        "id": rec["id"], "title": title, "region": reg, "topic_n": topic_n, "categories": cats, "hard_cases": hard,
        "matched": {"attack": attack_s[:3] or strike_s[:3], "room": room_s[:3], "agreement": agree_s[:3]},
        "score": len(attack_s) * 2 + len(strike_s) + topic_n / 5,
    }


# ---------------------------------------------------------------- near-duplicates
_TOK = re.compile(r"[\u0600-\u06FF]{3,}")


def _shingles(text: str, n: int = 4) -> set:
    toks = _TOK.findall(text)
    return {" ".join(toks[i:i + n]) for i in range(max(0, len(toks) - n + 1))}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


# ---------------------------------------------------------------- scan
def cmd_scan(corpus: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    by_cat: dict[str, list] = defaultdict(list)
    n = 0
    for rec in iter_slice(corpus):
        n += 1
        c = classify(rec)
        c["source"], c["date"] = rec.get("source"), rec.get("date")
        for cat in c["categories"]:
            by_cat[cat].append(c)
    rng = random.Random(SEED)
    summary = {}
    for cat, items in sorted(by_cat.items()):
        items.sort(key=lambda c: c["id"])
        rng.shuffle(items)  # seeded review order: the reviewer reads candidates in this order
        summary[cat] = len(items)
        with open(out / f"{cat}.txt", "w", encoding="utf-8") as f:
            for c in items:
                f.write(f"===== {c['id']} | {(c['source'] or '')[:10]} | {c['date']} | {c['region']} | hard={','.join(c['hard_cases'])}\n")
                f.write(f"  T: {c['title']}\n")
                key = {"room": "room", "agreement": "agreement"}.get(cat, "attack")
                for s in (c["matched"][key] or [])[:3]:
                    f.write(f"  > {s[:400]}\n")
        with open(out / f"{cat}.ids", "w", encoding="utf-8") as f:
            f.write("\n".join(c["id"] for c in items) + "\n")
    print(json.dumps({"slice_articles": n, "candidates": summary}, ensure_ascii=False))


# ---------------------------------------------------------------- build
def load_review(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            row = json.loads(line)
            if row.get("category") not in CATEGORIES and row.get("verdict") == "keep":
                sys.exit(f"review.jsonl:{ln}: unknown category {row.get('category')!r}")
            rows.append(row)
    return rows


def cmd_build(corpus: Path) -> None:
    review = [r for r in load_review(HERE / "review.jsonl") if r.get("verdict") == "keep"]
    ids = {r["id"] for r in review}
    if len(ids) != len(review):
        sys.exit("review.jsonl: duplicate kept ids")
    meta, shingles = {}, {}
    for rec in iter_slice(corpus):
        if rec["id"] in ids:
            meta[rec["id"]] = {"source": rec.get("source"), "date": rec.get("date")}
            shingles[rec["id"]] = _shingles((rec.get("title") or "") + " " + (rec.get("text") or ""))
    missing = ids - set(meta)
    if missing:
        sys.exit(f"kept ids not in the development slice: {sorted(missing)}")
    # clusters: manual hints in review.jsonl, plus automatic near-duplicates (shingle Jaccard)
    parent = {i: i for i in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_hint = defaultdict(list)
    for r in review:
        if r.get("cluster"):
            by_hint[r["cluster"]].append(r["id"])
    for members in by_hint.values():
        for m in members[1:]:
            union(members[0], m)
    sid = sorted(ids)
    for i, a in enumerate(sid):
        for b in sid[i + 1:]:
            if jaccard(shingles[a], shingles[b]) >= 0.25:
                union(a, b)
    clusters = defaultdict(list)
    for i in sid:
        clusters[find(i)].append(i)
    cluster_name = {}
    for root, members in clusters.items():
        if len(members) > 1:
            hint = next((r["cluster"] for r in review if r["id"] in members and r.get("cluster")), None)
            name = hint or "dup-" + root.replace(":", "_").replace("/", "_")
            for m in members:
                cluster_name[m] = name
    # frozen split: existing assignments are kept
    out_path = HERE / "articles.jsonl"
    frozen = {}
    if out_path.exists():
        for line in out_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                frozen[row["id"]] = row["split"]
    rev = {r["id"]: r for r in review}
    split = {}
    for i in ids:
        if i in frozen:
            split[i] = frozen[i]
        elif rev[i].get("split") in FRESH:
            split[i] = rev[i]["split"]  # annotated after the rules, never stratified (see README "The fresh split")
    for _root, members in clusters.items():
        mixed = {split.get(m) for m in members} - {None}
        if mixed & set(FRESH) and len(mixed) > 1:
            print(f"warning: fresh article(s) near-duplicate a tune/check article: {sorted(members)}", file=sys.stderr)
    # a cluster follows any already-frozen member
    for _root, members in clusters.items():
        s = next((split[m] for m in members if m in split), None)
        if s:
            for m in members:
                split.setdefault(m, s)
    # stratified seeded assignment of the remaining units (a unit = a cluster), per category
    units_by_cat = defaultdict(list)
    for _root, members in sorted(clusters.items()):
        if all(m in split for m in members):
            continue
        cat = rev[sorted(members)[0]]["category"]
        units_by_cat[cat].append(sorted(members))
    rng = random.Random(SEED)
    for cat in CATEGORIES:
        units = units_by_cat.get(cat, [])
        rng.shuffle(units)
        have = Counter(split[i] for i in ids if i in split and rev[i]["category"] == cat)
        total = sum(len(u) for u in units) + sum(have.values())
        want_tune = round(total * TUNE_SHARE)
        for u in units:
            s = "tune" if have["tune"] < want_tune else "check"
            for m in u:
                split[m] = s
            have[s] += len(u)
    rows = []
    for r in sorted(review, key=lambda r: r["id"]):
        i = r["id"]
        row = {"id": i, "source": meta[i]["source"], "date": meta[i]["date"], "category": r["category"],
               "region": r.get("region"), "hard_cases": r.get("hard_cases", []), "split": split[i]}
        if i in cluster_name:
            row["cluster"] = cluster_name[i]
        if r.get("also"):
            row["also"] = r["also"]
        row["confirmed"] = r.get("note", "")
        rows.append(row)
    with open(out_path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    tab = Counter((r["category"], r["split"]) for r in rows)
    for cat in CATEGORIES:
        print(f"{cat:14s} tune={tab[(cat, 'tune')]:3d} check={tab[(cat, 'check')]:3d} "
              + " ".join(f"{f}={tab[(cat, f)]:3d}" for f in FRESH))
    print(f"{'total':14s} tune={sum(v for (c, s), v in tab.items() if s == 'tune'):3d} "
          f"check={sum(v for (c, s), v in tab.items() if s == 'check'):3d} "
          + " ".join(f"{f}={sum(v for (c, s), v in tab.items() if s == f):3d}" for f in FRESH) + f"  articles={len(rows)}")
    hc = Counter(h for r in rows for h in r["hard_cases"])
    print("hard cases:", dict(sorted(hc.items())))
    print("clusters:", len(set(cluster_name.values())), "articles in clusters:", len(cluster_name))


# ---------------------------------------------------------------- annotation queue
QUEUE_FIRST = {"attack_iraq": 5, "attack_region": 8, "room": 4, "agreement": 4, "no_event": 4}  # 25, double-annotated


def cmd_queue(out: Path) -> None:
    """Annotation order: 25 mixed articles first (double-annotated), then round-robin by category."""
    rows = [json.loads(line) for line in (HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(SEED + 1)
    by_cat = defaultdict(list)
    for r in sorted(rows, key=lambda r: r["id"]):
        by_cat[r["category"]].append(r)
    for cat in by_cat:
        # hard cases and cluster-free articles first inside each category, then seeded order
        rng.shuffle(by_cat[cat])
        by_cat[cat].sort(key=lambda r: (not r["hard_cases"], "cluster" in r))
    first, used_clusters = [], set()
    for cat in CATEGORIES:
        for r in list(by_cat[cat]):
            if sum(1 for f in first if f["category"] == cat) >= QUEUE_FIRST[cat]:
                break
            if r.get("cluster") in used_clusters:
                continue
            first.append(r)
            by_cat[cat].remove(r)
            if r.get("cluster"):
                used_clusters.add(r["cluster"])
    rng.shuffle(first)
    rest = []
    while any(by_cat.values()):
        for cat in CATEGORIES:
            if by_cat[cat]:
                rest.append(by_cat[cat].pop(0))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Annotation order for evals/realnews (written by selection.py queue). Columns: id, category, split, double.\n")
        f.write("# The first 25 lines are annotated independently by BOTH annotators (agreement study).\n")
        for i, r in enumerate(first + rest):
            f.write(f"{r['id']}\t{r['category']}\t{r['split']}\t{'double' if i < 25 else 'single'}\n")
    print(f"wrote {out}: {len(first)} double + {len(rest)} single")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=["scan", "build", "queue"])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=Path("/work/annot/selection"))
    a = ap.parse_args(argv)
    if not a.corpus.exists():
        sys.exit(f"corpus not found: {a.corpus}")
    if a.command == "queue":
        cmd_queue(a.out if a.out != Path("/work/annot/selection") else Path("/work/annot/queue.txt"))
    elif a.command == "scan":
        cmd_scan(a.corpus, a.out)
    else:
        cmd_build(a.corpus)


if __name__ == "__main__":
    main()
