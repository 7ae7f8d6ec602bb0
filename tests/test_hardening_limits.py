"""Issue 10.3: limits on what an input costs (record length, decompressed size), long documents in windows."""

from __future__ import annotations

import gzip
import json
import random

from marsad.core.errors import InputError
from marsad.index.loaders import iter_documents
from marsad.schemas import Document

TEXT = "قتل 5 من عناصر الشرطة في هجوم على نقطة تفتيش في كركوك.\n"


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputError)]


def _bomb(path, big_chars: int) -> None:
    """A small .jsonl.gz: a good record, one huge record (compresses to almost nothing), another good one."""
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "good1", "text": TEXT}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "ا" * big_chars}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "good2", "text": TEXT + "2"}, ensure_ascii=False) + "\n")


def test_a_huge_record_in_a_small_gzip_is_reported_and_skipped(tmp_path, cli):
    """10.3: a 68 KB .jsonl.gz holding one 10 MB record passed every limit and blocked the app for 89 s."""
    src = tmp_path / "bomb.jsonl.gz"
    _bomb(src, 5_000_000)  # 10 MB of UTF-8
    assert src.stat().st_size < 100_000
    docs, errors = _split(iter_documents([src]))
    assert [d.doc_id for d in docs] == ["good1", "good2"]
    assert len(errors) == 1 and errors[0].path == f"{src}:2"
    assert "1,000,000 characters" in errors[0].reason and "MARSAD_MAX_RECORD_CHARS" in errors[0].reason
    assert "MARSAD_MAX_RECORD_CHARS" in (errors[0].hint or "")
    res = cli("ingest", str(src), "--no-progress")
    assert res.returncode == 4 and f"{src}:2" in res.stderr and "2 added" in res.stdout


def test_the_record_limit_is_a_setting_flag_over_env(tmp_path, cli):
    src = tmp_path / "mid.jsonl"
    src.write_text(json.dumps({"id": "short", "text": TEXT}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": "mid", "text": TEXT * 40}, ensure_ascii=False) + "\n", encoding="utf-8")
    docs, errors = _split(iter_documents([src], max_record_chars=100))
    assert [d.doc_id for d in docs] == ["short"] and "over the limit of 100 characters" in errors[0].reason
    res = cli("ingest", str(src), "--no-progress", env={"MARSAD_MAX_RECORD_CHARS": "100"})
    assert res.returncode == 4 and f"{src}:2" in res.stderr and "over the limit of 100 characters" in res.stderr
    res = cli("ingest", str(src), "--no-progress", "--max-record-chars", "100000",
              env={"MARSAD_MAX_RECORD_CHARS": "100"})
    assert res.returncode == 0 and "1 added" in res.stdout
    out = tmp_path / "r.jsonl"
    res = cli("extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress", "--max-record-chars", "100")
    assert res.returncode == 4 and f"{src}:2" in res.stderr


def test_a_text_file_over_the_limit_is_skipped_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 1000, encoding="utf-8")
    (tmp_path / "small.txt").write_text(TEXT, encoding="utf-8")
    docs, errors = _split(iter_documents([tmp_path], max_record_chars=1000))
    assert [d.doc_id for d in docs] == ["small"]
    assert len(errors) == 1 and errors[0].path == str(big) and "MARSAD_MAX_RECORD_CHARS" in errors[0].reason


def test_a_gzip_over_the_decompressed_limit_stops_with_a_message(tmp_path, cli):
    src = tmp_path / "many.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"id": f"d{i}", "text": TEXT * 10}, ensure_ascii=False) + "\n")
    docs, errors = _split(iter_documents([src], max_decompressed_bytes=1 << 20))
    assert 0 < len(docs) < 3000
    assert len(errors) == 1 and errors[0].path == str(src) and "reading stopped at line" in errors[0].reason
    assert "MARSAD_MAX_DECOMPRESSED_MB" in (errors[0].hint or "")
    res = cli("ingest", str(src), "--no-progress", "--max-decompressed-mb", "1")
    assert res.returncode == 4 and "MARSAD_MAX_DECOMPRESSED_MB" in res.stderr


def _long_text(n_copies: int, samples) -> str:
    rng = random.Random(3)
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    return "\n\n".join(texts[i % len(texts)].replace("كركوك", rng.choice(["الموصل", "تكريت", "كركوك"]))
                       for i in range(n_copies))


class _Recording:
    """The offline extractor, remembering the length of every text it was given."""

    def __init__(self):
        from marsad.agent.offline import OfflineExtractor

        self.inner = OfflineExtractor()
        self.name, self.version, self.lengths = "offline", self.inner.version, []

    def extract_batch(self, docs):
        for doc in docs:
            self.lengths.append(len(doc.text))
            yield from self.inner.extract_batch([doc])

    def report(self):
        return self.inner.report()


def test_long_documents_are_extracted_in_bounded_windows_with_offsets_in_the_document(samples):
    from marsad.agent.batch import extract_long

    text = _long_text(12, samples)
    doc = Document(doc_id="long", text=text)
    rec = _Recording()
    records = extract_long(rec, doc, window_chars=8000, overlap_chars=800)
    assert len(rec.lengths) > 4 and max(rec.lengths) <= 8000  # bounded windows, not the whole text
    cites = [c for kind in ("actors", "attacks", "joint_rooms", "agreements")
             for r in getattr(records, kind) for c in r.citations]
    assert cites and all(text[c.start:c.end] == c.quote for c in cites)
    assert max(c.end for c in cites) > len(text) - 8000  # shifted back from the last window
    # the overlap is seen twice but kept once: no two attacks of the same identity, none cited twice whole
    keys = [(a.attack_type, a.location and a.location.name, a.date, a.killed, a.injured) for a in records.attacks]
    assert len(keys) == len(set(keys))
    # (a strike told at several places gives one record per place sharing the quote, guidelines D-21: the
    # same citations with another place are another record, not a window's duplicate)
    cited = [(tuple((c.start, c.end) for c in a.citations), a.location and a.location.name) for a in records.attacks]
    assert len(cited) == len(set(cited))
    names = [a.canonical_name or a.name for a in records.actors]
    assert len(names) == len(set(names))
    # a document that fits in one window is extracted exactly as before
    short = Document(doc_id="s", text=samples.joinpath("000_c1ce3af31cb2744a.txt").read_text(encoding="utf-8"))
    assert extract_long(rec, short).model_dump() == rec.inner.extract(short).model_dump()


def test_extract_cli_windows_a_long_document(tmp_path, cli, samples):
    from marsad.agent.batch import LONG_DOC_CHARS

    text = _long_text(12, samples)
    assert len(text) > 2 * LONG_DOC_CHARS
    src = tmp_path / "long.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "r.jsonl"
    res = cli("extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress")
    assert res.returncode == 0, res.stderr
    line = json.loads(out.read_text(encoding="utf-8"))
    cites = [c for kind in ("attacks", "actors") for r in line[kind] for c in r["citations"]]
    assert line["attacks"] and all(text[c["start"]:c["end"]] == c["quote"] for c in cites)
    assert max(c["end"] for c in cites) > LONG_DOC_CHARS
