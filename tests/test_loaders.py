"""Reading inputs: every supported format, and every bad input reported by name."""

from __future__ import annotations

import gzip
import json

from marsad.core.errors import InputError
from marsad.index.loaders import iter_documents
from marsad.schemas import Document

ARABIC = "غرفة عمليات مشتركة في كركوك\n\nقالت قيادة العمليات المشتركة إنها ستنشئ مركزاً للتنسيق.\n"


def _all(paths):
    items = list(iter_documents(paths))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputError)]


def test_txt_keeps_the_whole_file_as_text_and_the_first_line_as_title(tmp_path):
    path = tmp_path / "kirkuk_01.txt"
    path.write_bytes(("\n  " + ARABIC + "\r\nآخر سطر").encode("utf-8"))
    (doc,), errors = _all([path])
    assert not errors
    assert doc.doc_id == "kirkuk_01"
    assert doc.title == "غرفة عمليات مشتركة في كركوك"
    assert doc.text == path.read_bytes().decode("utf-8")  # verbatim, CRLF kept


def test_samples_are_read_verbatim(samples):
    docs, errors = _all([samples])
    assert not errors and len(docs) == 5
    for doc in docs:
        assert doc.text == (samples / f"{doc.doc_id}.txt").read_bytes().decode("utf-8")


def test_utf8_bom_is_stripped_and_nothing_else(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"))
    (doc,), _ = _all([path])
    assert doc.text == ARABIC


def test_windows_1256_is_read_correctly(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    (doc,), errors = _all([path])
    assert not errors and doc.text == ARABIC


def test_empty_binary_and_undecodable_files_are_reported_and_skipped(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"  \n")
    (tmp_path / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "c_garbled.txt").write_bytes(bytes(range(0x80, 0xC0)) * 10)
    (tmp_path / "d_good.txt").write_text(ARABIC, encoding="utf-8")
    docs, errors = _all([tmp_path])
    assert [d.doc_id for d in docs] == ["d_good"]
    reasons = {e.path.rsplit("/", 1)[-1]: e.reason for e in errors}
    assert reasons["a_empty.txt"] == "is empty"
    assert "binary" in reasons["b_binary.txt"]
    assert "neither UTF-8 nor windows-1256" in reasons["c_garbled.txt"]


def test_missing_path_and_unsupported_type(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    _, errors = _all([tmp_path / "nope.txt", tmp_path / "scan.pdf"])
    assert [e.reason for e in errors] == ["does not exist", "unsupported file type .pdf"]


def test_html_text_without_scripts_and_styles(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>هجوم في كركوك</title><style>p{color:red}</style></head><body>"
        "<script>var x = 'لا تظهر';</script><h1>عنوان</h1><p>قُتل <b>13</b> شرطياً.</p><p>فقرة ثانية</p>"
        "<noscript>تفعيل جافاسكريبت</noscript></body></html>",
        encoding="utf-8",
    )
    (doc,), errors = _all([path])
    assert not errors
    assert doc.title == "هجوم في كركوك"
    assert "لا تظهر" not in doc.text and "color" not in doc.text and "جافاسكريبت" not in doc.text
    assert doc.text.splitlines() == ["عنوان", "قُتل 13 شرطياً.", "فقرة ثانية"]


def test_json_record_and_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "r1", "title": "ت", "text": ARABIC, "date": "2021-03-07T10:00:00",
                               "source": "basnews"}, ensure_ascii=False), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "r2", "text": "نص"}, {"text": ""}], ensure_ascii=False), encoding="utf-8")
    docs, errors = _all([one, many])
    assert [(d.doc_id, d.published, d.source) for d in docs] == [("r1", "2021-03-07", "basnews"), ("r2", None, None)]
    assert len(errors) == 1 and errors[0].path.endswith("many.json[1]") and "no `text`" in errors[0].reason


def test_jsonl_gz_bad_line_is_reported_as_file_line_and_skipped(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    lines = [
        json.dumps({"id": "a", "title": "أ", "text": ARABIC, "date": "2021-01-02", "source": "x"}, ensure_ascii=False),
        "{not json",
        "",
        json.dumps({"id": "b", "text": "نص ثان"}, ensure_ascii=False),
    ]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    docs, errors = _all([path])
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert docs[0].published == "2021-01-02" and docs[0].text == ARABIC
    assert len(errors) == 1 and errors[0].path == f"{path}:2" and "not valid JSON" in errors[0].reason


def test_truncated_gzip_is_reported(tmp_path):
    path = tmp_path / "broken.jsonl.gz"
    data = gzip.compress(b'{"id": "a", "text": "x"}\n' * 100)
    path.write_bytes(data[: len(data) // 2])
    _, errors = _all([path])
    assert errors and errors[-1].path == str(path) and "cannot be read" in errors[-1].reason


def test_directories_are_walked_recursively_skipping_hidden(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "a" / "top.md").write_text("# عنوان\n\nنص", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(ARABIC, encoding="utf-8")
    docs, errors = _all([tmp_path])
    assert not errors
    assert sorted(d.doc_id for d in docs) == ["a/b/deep", "a/top"]  # relative to the root given (issue 10.5)
    assert next(d for d in docs if d.doc_id == "a/top").title == "عنوان"


def test_txt_title_skips_page_furniture(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("• Saturday, 25 January 2025\nlogo\n\nكركوك: افتتاح مركز مشترك للتنسيق\n\nنص الخبر.", encoding="utf-8")
    (doc,) = list(iter_documents([path]))
    assert doc.title == "كركوك: افتتاح مركز مشترك للتنسيق"
    assert doc.text.startswith("• Saturday")  # text itself stays verbatim


def test_txt_title_falls_back_to_first_line_when_all_is_furniture(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text("Top\n25/01/2025\n", encoding="utf-8")
    (doc,) = list(iter_documents([path]))
    assert doc.title == "Top"
