"""Bytes of an input file to text: UTF-8 (a BOM stripped), UTF-16 with a BOM, or windows-1256.

:func:`decode_bytes` is the one decoder of every input (`marsad ingest`/`extract`'s files through
:mod:`marsad.index.loaders`, `marsad ask -`'s stdin): a binary, empty or undecodable file is an
:class:`~marsad.core.errors.InputError` naming it, with the same Fix line each time.
"""

from __future__ import annotations

import codecs
import re

from marsad.core.errors import InputError

__all__ = ["decode_bytes"]

_ENCODING_HINT = "save the file as UTF-8 (or windows-1256) text"

# A file is binary by the share of NUL and control bytes (a lone NUL in a long text is dropped, the text kept); before
# pass 54's review (M1, a user fix once behind BINARY_BY_SHARE) one NUL anywhere made the file binary.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _controls(data: bytes) -> int:
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def _looks_binary(data: bytes) -> bool:
    # no text encoding but UTF-16/32 has many NUL bytes (UTF-16 is read only with its BOM): more than 1 in 200
    if data.count(b"\x00") * 200 > len(data):
        return True
    head = data[:8192]  # control bytes (NUL included) above 1% of the head or of the whole file
    return _controls(head) > max(4, len(head) // 100) or _controls(data) > max(4, len(data) // 100)


# A UTF-16 file (BOM) must decode to text: control, private-use or surrogate characters no more than a small share of
# it (pass 54, F6, a user fix once behind CHECK_UTF16_TEXT: binary words were read as an article; by share since
# review M2: one odd character no longer rejects a file).
# Cc but the layout controls, private use (BMP and planes 15-16), surrogates; unassigned (Cn) is not counted: it
# depends on the Python version's Unicode tables (a newer emoji is "Cn" in an older Python)
_NOT_TEXT_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff]")


def _reads_as_text(text: str) -> bool:
    """False when decoded text holds more than a few, and more than 1%, characters no text file has: controls other
    than layout, private-use or surrogate code points (what arbitrary bytes decoded as UTF-16 give)."""
    bad = sum(1 for _ in _NOT_TEXT_CHARS.finditer(text))
    return bad <= max(3, len(text) // 100)


def _utf16_without_bom(data: bytes) -> bool:
    """True when every other byte of the head is NUL or 06 (UTF-16 of Latin or Arabic text saved without a BOM)."""
    head = data[:4096]
    if len(head) < 8:
        return False
    # the high byte of each character: 0 for Latin, 6 for Arabic letters (U+06xx); the low bytes are never NUL
    return any(sum(b in (0, 6) for b in head[i::2]) >= 0.8 * len(head[i::2]) and head[1 - i::2].count(0) == 0
               for i in (0, 1))


def _plausible_cp1256(text: str) -> bool:
    """True when text decoded as windows-1256 reads as Arabic, not as mojibake."""
    wide = [c for c in text if ord(c) > 0x7F and not c.isspace()]
    if not wide:
        return True
    arabic = sum(1 for c in wide if "\u0600" <= c <= "\u06ff")
    return arabic / len(wide) >= 0.6


def decode_bytes(data: bytes, name: str) -> str:
    """Decode file content: UTF-8 (BOM stripped), UTF-16 with a BOM, or windows-1256.

    Args:
        data: the raw bytes.
        name: the file name, for the error message.

    Returns:
        The text, verbatim apart from a leading byte-order mark.

    Raises:
        InputError: the bytes are empty, binary, or neither UTF-8 nor windows-1256.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(name, "has a UTF-16 byte-order mark but is not valid UTF-16", hint=_ENCODING_HINT) from exc
        if not _reads_as_text(text):  # bytes that start with FF FE by chance decode to unassigned/control characters
            raise InputError(name, "has a UTF-16 byte-order mark but does not read as UTF-16 text (a binary file?)",
                             hint=_ENCODING_HINT)
        return text.lstrip("\ufeff")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if not data.strip():
        raise InputError(name, "is empty", hint="remove it or give it some text")
    if _looks_binary(data):
        if _utf16_without_bom(data):
            raise InputError(name, "looks like UTF-16 text without a byte-order mark", hint=_ENCODING_HINT)
        raise InputError(name, "is a binary file, not text", hint="pass text, HTML or JSON files only")
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")  # a stray NUL (text exported by some Windows tools): dropped, text kept
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" in text or not _plausible_cp1256(text):
        raise InputError(name, "cannot be decoded: it is neither UTF-8 nor windows-1256 text", hint=_ENCODING_HINT)
    return text
