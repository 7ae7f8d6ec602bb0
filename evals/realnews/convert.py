#!/usr/bin/env python3
"""Turn annotators' quote-based working files into span-based annotation files.

Standalone, Python stdlib only. Usage::

    python evals/realnews/convert.py ANNOTATOR            # /work/annot/ANNOTATOR/*.json -> annotations/
    python evals/realnews/convert.py ANNOTATOR --out evals/realnews/passes/ANNOTATOR   # a first pass
    python evals/realnews/convert.py --dir /some/dir --only snn_2015-07-24_15 --dry-run

A working file ``/work/annot/<annotator>/<safe_id>.json`` has the shape of
``evals/golden/annotations/*.json`` plus ``doc_id`` = corpus id; every item's ``evidence`` is a
list of verbatim quotes from the article ``text`` field (the title is NOT part of it). The
converter replaces every quote with ``{"start", "end", "sha1"}`` (sha1 = first 10 hex digits of
sha1(quote UTF-8)); when the quote occurs several times in the text, ``occurrences`` lists every
``[start, end]`` (the first one is ``start``/``end``). It fails loudly -- naming the file, the
item id and the quote -- when a quote is not found verbatim, and suggests where a quote that
differs only in whitespace/NBSP/tatweel would be. No corpus text is written to the repo: only
ids, offsets, hashes and the annotators' labels.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __package__:  # imported as marsad.evals.realnews.convert
    from marsad.evals.realnews.load import default_corpus, read_slice_records, safe_id, sha1_10
else:  # run as a script: python evals/realnews/convert.py
    from load import default_corpus, read_slice_records, safe_id, sha1_10

ANNOT_ROOT = Path(os.environ.get("MARSAD_ANNOT", "/work/annot"))
RECORD_LISTS = ("actors", "attacks", "joint_rooms", "agreements")


class ConversionError(Exception):
    """A working file cannot be converted (quote not found, bad shape, wrong doc_id ...)."""


def read_article_ids(path: Path = HERE / "articles.jsonl") -> dict[str, dict]:
    rows = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


_LOOSE = re.compile(r"[\s\u00a0\u200b-\u200f\u0640]+")


def _loose_hint(text: str, quote: str) -> str:
    """Where would the quote be if whitespace/NBSP/tatweel/bidi marks were ignored?"""
    core = _LOOSE.sub("", quote)
    if not core:
        return ""
    pos_map, stripped = [], []
    for i, ch in enumerate(text):
        if not _LOOSE.match(ch):
            pos_map.append(i)
            stripped.append(ch)
    k = "".join(stripped).find(core)
    if k < 0:
        return ""
    s, e = pos_map[k], pos_map[k + len(core) - 1] + 1
    return f" (found ignoring spaces/NBSP/tatweel at {s}:{e}: {text[s:e]!r} -- copy that exactly)"


def locate(text: str, quote: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    while True:
        k = text.find(quote, start)
        if k < 0:
            return spans
        spans.append((k, k + len(quote)))
        start = k + 1


def convert_doc(work: dict, text: str, where: str) -> dict:
    """One working file (already parsed) -> span-based annotation dict. Raises ConversionError."""
    if not isinstance(work.get("doc_id"), str):
        raise ConversionError(f"{where}: missing doc_id")
    out = {k: v for k, v in work.items() if k not in RECORD_LISTS}
    out["text_sha1"] = sha1_10(text)
    seen = set()
    for kind in RECORD_LISTS:
        items = work.get(kind)
        if items is None:
            raise ConversionError(f"{where}: missing list {kind!r} (write [] when there is nothing)")
        if not isinstance(items, list):
            raise ConversionError(f"{where}: {kind!r} must be a list")
        new_items = []
        for n, item in enumerate(items):
            iid = item.get("id") or f"{kind}[{n}]"
            if not item.get("id"):
                raise ConversionError(f"{where}: item {iid} has no id")
            if iid in seen:
                raise ConversionError(f"{where}: duplicate item id {iid}")
            seen.add(iid)
            ev = item.get("evidence")
            if not isinstance(ev, list) or not ev:
                raise ConversionError(f"{where}: item {iid}: evidence must be a non-empty list of quotes")
            spans = []
            for q in ev:
                if not isinstance(q, str) or not q.strip():
                    raise ConversionError(f"{where}: item {iid}: evidence entries must be non-empty strings, got {q!r}")
                occ = locate(text, q)
                if not occ:
                    raise ConversionError(
                        f"{where}: item {iid}: quote not found verbatim in the article text: {q!r}{_loose_hint(text, q)}")
                span = {"start": occ[0][0], "end": occ[0][1], "sha1": sha1_10(q)}
                if len(occ) > 1:
                    span["occurrences"] = [list(o) for o in occ]
                spans.append(span)
            new = dict(item)
            new["evidence"] = spans
            new_items.append(new)
        out[kind] = new_items
    return out


def convert_dir(src: Path, out_dir: Path, corpus: Path, only: set[str] | None = None, dry_run: bool = False,
                allow_unlisted: bool = False) -> list[Path]:
    files = sorted(p for p in src.glob("*.json") if not only or p.stem in only)
    if not files:
        raise ConversionError(f"no working files in {src}")
    works = {}
    for p in files:
        try:
            w = json.loads(p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise ConversionError(f"{p}: invalid JSON: {e}") from None
        if safe_id(w.get("doc_id", "")) != p.stem:
            raise ConversionError(f"{p}: doc_id {w.get('doc_id')!r} does not match the file name (expected stem {safe_id(w.get('doc_id', ''))})")
        works[p] = w
    listed = read_article_ids()
    ids = {w["doc_id"] for w in works.values()}
    if not allow_unlisted:
        unlisted = sorted(ids - set(listed))
        if unlisted:
            raise ConversionError(f"ids not in evals/realnews/articles.jsonl: {unlisted}")
    recs = {rec["id"]: rec for rec in read_slice_records(corpus, ids)}
    missing = sorted(ids - set(recs))
    if missing:
        raise ConversionError(f"ids not found in the development slice of {corpus}: {missing}")
    written = []
    errors = []
    for p, w in works.items():
        try:
            ann = convert_doc(w, recs[w["doc_id"]]["text"] or "", str(p))
        except ConversionError as e:
            errors.append(str(e))
            continue
        ann.setdefault("annotator", src.name)
        target = out_dir / f"{p.stem}.json"
        if not dry_run:
            out_dir.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(target)
    if errors:
        raise ConversionError("\n".join(errors))
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Convert quote-based working files to span-based annotations.")
    ap.add_argument("annotator", nargs="?", help=f"annotator name: reads {ANNOT_ROOT}/<annotator>/")
    ap.add_argument("--dir", type=Path, help="read working files from this directory instead")
    ap.add_argument("--out", type=Path, default=HERE / "annotations")
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--only", nargs="*", help="safe_ids to convert (default: all files in the dir)")
    ap.add_argument("--dry-run", action="store_true", help="check every quote, write nothing")
    a = ap.parse_args(argv)
    src = a.dir or (ANNOT_ROOT / a.annotator if a.annotator else None)
    if src is None:
        ap.error("give an annotator name or --dir")
    corpus = a.corpus or default_corpus()
    if not corpus.exists():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    try:
        written = convert_dir(src, a.out, corpus, set(a.only) if a.only else None, a.dry_run)
    except ConversionError as e:
        print(f"CONVERSION FAILED\n{e}", file=sys.stderr)
        return 1
    print(f"{'checked' if a.dry_run else 'wrote'} {len(written)} file(s) -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
