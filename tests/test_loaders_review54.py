"""Pass 54 review (H2, M1, M2): loading limits and text checks, on bytes written here.

H2: the first line of a compressed JSON Lines file is looked for in a bounded head (a small .gz of one huge line is
not decompressed whole before the max_decompressed_mb check). M1: a lone NUL in a long text is dropped, the text
read; a file whose bytes are not text is still binary. M2: a UTF-16 file is rejected for a share of odd characters,
not for one.
"""

from __future__ import annotations

import codecs
import gzip
import tracemalloc

import pytest

from marsad.core.errors import InputError
from marsad.index import loaders

_NEWS = "أعلنت قيادة العمليات المشتركة تشكيل غرفة عمليات جديدة في المحافظة لملاحقة الخلايا المسلحة. "


# ---------------------------------------------------------------- H2
def _one_huge_line(path, mb: int):
    with gzip.open(path, "wb", compresslevel=1) as fh:
        chunk = b" " * (1 << 20)
        for _ in range(mb):
            fh.write(chunk)
    return path


def test_first_line_of_a_compressed_file_is_read_within_a_bounded_head(tmp_path):
    bomb = _one_huge_line(tmp_path / "bomb.jsonl.gz", 24)  # 24 MB of spaces, no newline: a few KB on disk
    tracemalloc.start()
    try:
        assert loaders.marsad_output(bomb) is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20, peak


def test_bounded_head_still_recognises_a_records_file_after_blank_lines(tmp_path):
    out = tmp_path / "x.jsonl.gz"
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        fh.write("\n\n" + '{"doc_id": "a", "extractor_version": "1", "records": []}\n')
    assert loaders.marsad_output(out) == "the records output of a `marsad extract` run"


# ---------------------------------------------------------------- M1
def test_a_lone_nul_in_a_long_text_is_dropped_and_the_text_read():
    text = _NEWS * 300
    data = text[: len(text) // 2].encode("utf-8") + b"\x00" + text[len(text) // 2:].encode("utf-8")
    assert loaders.decode_bytes(data, "a.txt") == text


@pytest.mark.parametrize("data", [
    (_NEWS * 300).encode("utf-8") + bytes(range(256)) * 40,  # a binary tail past the first 8 KB
    b"\x00\x01\x02 not text",
    "text saved as UTF-16 with no byte-order mark".encode("utf-16-le"),
])
def test_bytes_that_are_not_text_are_still_binary(data):
    with pytest.raises(InputError):
        loaders.decode_bytes(data, "b.bin")


# ---------------------------------------------------------------- M2
@pytest.mark.parametrize("odd", ["\ue000", "\U0001FAE8", "\x85", "\U0010fffd"])
def test_utf16_text_with_one_odd_character_is_read(odd):
    text = _NEWS * 3 + odd + _NEWS
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    assert loaders.decode_bytes(data, "u.txt") == text


def test_utf16_of_binary_words_is_still_rejected():
    data = b"\xff\xfe" + b"".join(i.to_bytes(2, "little") for i in range(1, 32)) * 8
    with pytest.raises(InputError, match="does not read as UTF-16 text"):
        loaders.decode_bytes(data, "w.bin")
