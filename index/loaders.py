"""Reading input files into :class:`~schemas.Document` objects, text kept verbatim.

Supported inputs: ``.txt`` and ``.md`` files, ``.html``/``.htm`` pages (visible text
only: scripts and styles are dropped), ``.json`` (one record or a list of records),
``.jsonl`` and ``.jsonl.gz`` (one record per line, the shape of the shared corpus:
``id``, ``title``, ``text``, ``date``, ``source``), and directories (walked
recursively, hidden entries skipped). Doc ids: a record's ``id``; else the file
name without extension, with the sub-directories below a given directory in front
(``A/report``), so same-named files in different places never collide. A JSON
Lines id repeated within one file is reported with its line number.

Bytes are decoded as UTF-8 (with or without a BOM), UTF-16 with a BOM, or
windows-1256 (the legacy Arabic code page). Only a BOM is stripped: for a UTF-8 text
file the document text is the whole file content, so every offset computed later
points into exactly what is on disk.

A file (or a JSON Lines record) that cannot be read is *yielded* as an
:class:`~marsad.core.errors.InputError` naming it and the reason; it is never raised, so a
batch goes on past one bad file.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from marsad.core.config import setting_name
from marsad.core.errors import InputError
from marsad.schemas import RECORD_TYPES, Document

__all__ = ["iter_documents", "SUPPORTED_SUFFIXES", "DEFAULT_MAX_RECORD_CHARS", "DEFAULT_MAX_DECOMPRESSED_BYTES", "limits", "decode_bytes", "html_to_text", "relative_id",
           "id_from_name", "same_file", "distinct_id", "marsad_output", "records_output",
           "left_out_note"]

DEFAULT_MAX_RECORD_CHARS = 1_000_000
"""Longest document text read (the ``max_record_chars`` setting's default)."""
DEFAULT_MAX_DECOMPRESSED_BYTES = 1024 * 1024 * 1024
"""Most bytes read out of one JSON Lines file, compressed or not (``max_decompressed_mb``'s default)."""
_CHARS_SETTING = setting_name("max_record_chars")
_SIZE_SETTING = setting_name("max_decompressed_mb")
_SIZE_HINT = f"raise {_SIZE_SETTING}, or split the file"
_LIMIT_HINT = f"raise {_CHARS_SETTING} above the size given, or split the document"

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".jsonl.gz", ".json.gz")
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_ENCODING_HINT = "save the file as UTF-8 (or windows-1256) text"


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in (".jsonl.gz", ".json.gz"):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _stem(path: Path) -> str:
    suffix = _suffix(path)
    return path.name[: -len(suffix)] if suffix and path.name.lower().endswith(suffix) else path.stem


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


_BOILERPLATE_LINES = {"logo", "top", "menu", "home", "اقرا ايضا", "إقرأ أيضا", "اقرأ أيضا", "الرئيسية"}
_DATE_WORDS = re.compile(
    r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة"
    r"|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
)


def _is_page_furniture(line: str) -> bool:
    """A page-header date ("• Saturday, 25 January 2025"), "logo", "Top" and the like: not a title."""
    bare = line.strip(" \t•·*-–—|>:").strip()
    if not bare or bare.lower() in _BOILERPLATE_LINES:
        return True
    rest = _DATE_WORDS.sub(" ", bare)
    return not re.search(r"[^\W\d_]", rest)  # nothing but a date, digits and punctuation


def _first_line(text: str) -> str | None:
    """The title of a plain-text article: its first non-empty line that is not page furniture.

    Falls back to the first non-empty line when every line looks like furniture.
    """
    first = None
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if first is None:
            first = line
        if not _is_page_furniture(line):
            return line
    return first


def _published(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    m = _ISO_DATE.match(text)
    return m.group(1) if m else text


# ---------------------------------------------------------------- HTML
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "head")
_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "figcaption", "main", "aside", "nav",
)


def html_to_text(markup: str) -> tuple[str | None, str]:
    """Visible text of an HTML page, one block per line, and its ``<title>``.

    Args:
        markup: the HTML source.

    Returns:
        ``(title, text)``; scripts, styles and the head are dropped; blank lines removed.
    """
    from bs4 import BeautifulSoup  # imported here: only HTML inputs need it

    soup = BeautifulSoup(markup, "html.parser")
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in soup.get_text().split("\n"))
    text = "\n".join(line for line in lines if line)
    if not title:
        h1 = soup.find("h1")
        title = h1.get_text(" ", strip=True) if h1 else _first_line(text)
    return title or None, text


# ---------------------------------------------------------------- records
def _too_long(where: str, n: int, limit: int, unit: str = "characters") -> InputError:
    """A document over ``max_record_chars``, measured in ``unit``: its text, or a file/line whose size already tells.

    The message says which was measured (bytes are not characters) and names the setting a user can change
    (the flag and the variable); the Fix line is the same for every such document (printed once).
    """
    what = {"characters": f"document text is {n:,} characters, over",
            "bytes": f"file is {n:,} bytes, so its text is over",
            "bytes of HTML": f"page is {n:,} bytes of HTML, more than is read under",
            "bytes of JSON": f"line is {n:,} bytes of JSON, so its text is over"}.get(
                unit, f"document is {n:,} {unit}, over")
    return InputError(where, f"{what} the limit of {limit:,} characters ({_CHARS_SETTING}); it is skipped",
                      hint=_LIMIT_HINT)


# A JSON record's title is read as text: HTML character references (``&quot;`` -- titles scraped from web pages
# keep them while the body does not) are decoded and invisible format characters at its ends are dropped, so
# search results, CSV tables and the app show the title a reader saw (a user fix, once behind CLEAN_TITLES).
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);")
_EDGE_FORMAT = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"


def _clean_title(title: str) -> str:
    """``&quot;X&quot; wins`` -> ``"X" wins``; a zero-width space before it is dropped."""
    if _ENTITY.search(title):
        import html

        title = html.unescape(title)
    return title.strip().strip(_EDGE_FORMAT).strip()


def _record_to_document(record: Any, where: str, default_id: str, path: Path,
                        max_chars: int = DEFAULT_MAX_RECORD_CHARS) -> Document:
    if not isinstance(record, dict):
        raise InputError(where, f"a record must be a JSON object, not {type(record).__name__}",
                         hint="each record needs at least `text` (and usually `id`, `title`, `date`, `source`)")
    text = record.get("text", record.get("content", record.get("body")))
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "record has no `text` (or it is empty)", hint="give each record a non-empty `text` field")
    if len(text) > max_chars:
        raise _too_long(where, len(text), max_chars)
    doc_id = record.get("id", record.get("doc_id"))
    doc_id = str(doc_id).strip() if doc_id not in (None, "") else default_id
    title = record.get("title")
    return Document(
        doc_id=doc_id,
        title=(_clean_title(str(title)) if title not in (None, "") else "") or _first_line(text),
        source=str(record["source"]) if record.get("source") not in (None, "") else None,
        published=_published(record.get("date", record.get("published"))),
        text=text,
        path=str(path),
    )


def _lines(fh, max_line: int) -> Iterator[tuple[bytes | None, int]]:
    """``(line, bytes)`` of a binary file; a line longer than ``max_line`` bytes comes as ``(None, its size)``,
    read past in bounded pieces (never whole in memory)."""
    while True:
        raw = fh.readline(max_line + 1)
        if not raw:
            return
        if len(raw) <= max_line or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = fh.readline(1 << 20)
            if not raw:
                break
            size += len(raw)
        yield None, size


def _iter_jsonl(path: Path, stem: str, max_chars: int = DEFAULT_MAX_RECORD_CHARS,
                max_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES) -> Iterator[Document | InputError]:
    first: dict[str, str] = {}
    # a JSON line holds the text and a little metadata; with \uXXXX escapes a character takes at most 6 bytes
    max_line = max_chars * 6 + 65536
    total = 0
    try:
        with (gzip.open(path, "rb") if _suffix(path).endswith(".gz") else path.open("rb")) as fh:  # noqa: SIM115
            seen_any = False
            for lineno, (raw, size) in enumerate(_lines(fh, max_line), start=1):
                where = f"{path}:{lineno}"
                total += size
                if total > max_bytes:
                    yield InputError(str(path), f"holds more than {max_bytes / 2**20:,.0f} MB of JSON Lines "
                                                f"({_SIZE_SETTING}); reading stopped at line {lineno}",
                                     hint=_SIZE_HINT)
                    return
                if raw is None:
                    seen_any = True
                    yield _too_long(where, size, max_chars, unit="bytes of JSON")
                    continue
                if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                if not raw.strip():
                    continue
                seen_any = True
                try:
                    record = json.loads(raw.decode("utf-8").rstrip("\r\n"))  # without its newline: an error at its end is told so
                except UnicodeDecodeError:
                    yield InputError(where, "line is not UTF-8", hint="JSON Lines files must be UTF-8")
                    continue
                except ValueError as exc:
                    yield InputError(where, f"line is not valid JSON ({_json_error(exc, 'line')})",
                                     hint="fix or remove that line")
                    continue
                try:
                    doc = _record_to_document(record, where, f"{stem}-{lineno}", path, max_chars)
                except InputError as err:
                    yield err
                    continue
                first_line = first.get(doc.doc_id)
                if first_line is not None:
                    yield InputError(where, f"duplicate id {doc.doc_id!r} (first at line {first_line}); "
                                            "this record is skipped", hint="give every record of the file its own `id`")
                    continue
                first[doc.doc_id] = str(lineno)
                yield doc
            if not seen_any:
                yield InputError(str(path), "is empty", hint="remove it or add JSON records, one per line")
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield InputError(str(path), f"cannot be read ({exc})", hint="check the file is a complete gzip/JSON Lines file")


def _json_error(exc: ValueError, unit: str = "file") -> str:
    """What :mod:`json` found wrong and where, in words: "at column 27", or "at the end of the line/file: is it cut
    short?" when the text stops before what :mod:`json` expected (an unclosed object). Its message alone can end
    mid-phrase ("Invalid control character at"); ``unit`` names what was parsed ("line" or "file")."""
    colno = getattr(exc, "colno", None)
    msg = getattr(exc, "msg", None) or str(exc)
    doc, pos = getattr(exc, "doc", None), getattr(exc, "pos", None)
    msg = msg[: -len(" at")] if msg.endswith(" at") else msg
    if isinstance(doc, str) and pos is not None and not doc[pos:].strip():
        return f"{msg} at the end of the {unit}: is it cut short?"
    return f"{msg} at column {colno}" if colno else msg


def _iter_json(path: Path, data: bytes, stem: str,
               max_chars: int = DEFAULT_MAX_RECORD_CHARS) -> Iterator[Document | InputError]:
    text = decode_bytes(data, str(path))
    try:
        payload = json.loads(text)
    except ValueError as exc:
        at_end = not text[getattr(exc, "pos", 0):].strip()  # the line would be the last one's next
        where = "" if at_end else f"line {getattr(exc, 'lineno', '?')}: "
        raise InputError(str(path), f"is not valid JSON ({where}{_json_error(exc)})", hint="fix the JSON") from exc
    records = payload if isinstance(payload, list) else [payload]
    if not records:
        raise InputError(str(path), "holds an empty list of records", hint="add records with `id`, `title`, `text`")
    first: dict[str, int] = {}
    for i, record in enumerate(records):
        where = f"{path}[{i}]" if isinstance(payload, list) else str(path)
        default_id = f"{stem}-{i}" if isinstance(payload, list) else stem
        try:
            doc = _record_to_document(record, where, default_id, path, max_chars)
        except InputError as err:
            yield err
            continue
        if doc.doc_id in first:
            yield InputError(where, f"duplicate id {doc.doc_id!r} (first at [{first[doc.doc_id]}]); this record is "
                                    "skipped", hint="give every record of the file its own `id`")
            continue
        first[doc.doc_id] = i
        yield doc


def _load_file(path: Path, stem: str | None = None, max_chars: int = DEFAULT_MAX_RECORD_CHARS,
               max_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES) -> Iterator[Document | InputError]:
    """Documents of one file; ``stem`` is its id (default: the file name without extension).

    A document longer than ``max_chars`` and a JSON Lines file of more than ``max_bytes``
    (decompressed) are reported, not read whole: limits on what a document costs, not on
    the size of the file on disk.
    """
    stem = stem or _stem(path)
    suffix = _suffix(path)
    if suffix not in SUPPORTED_SUFFIXES:
        yield InputError(str(path), f"unsupported file type {suffix or '(no extension)'}",
                         hint=f"pass one of: {', '.join(SUPPORTED_SUFFIXES)}")
        return
    if suffix in (".jsonl", ".jsonl.gz", ".json.gz"):
        yield from _iter_jsonl(path, stem, max_chars, max_bytes)
        return
    try:
        size = path.stat().st_size
        if suffix == ".json" and size > max_bytes:
            yield InputError(str(path), f"is {size / 2**20:,.0f} MB, over the limit of {max_bytes / 2**20:,.0f} MB "
                                        f"({_SIZE_SETTING}); it is skipped", hint=_SIZE_HINT)
            return
        if suffix in (".txt", ".md") and size > max_chars * 4:  # UTF-8 takes at most 4 bytes a character
            yield _too_long(str(path), size, max_chars, unit="bytes")
            return
        if suffix in (".html", ".htm") and size > max(max_chars * 16, max_bytes):  # markup around the text
            yield _too_long(str(path), size, max_chars, unit="bytes of HTML")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"cannot be read ({exc.strerror or exc})", hint="check the path and permissions")
        return
    try:
        if suffix == ".json":
            yield from _iter_json(path, data, stem, max_chars)
            return
        text = decode_bytes(data, str(path))
        if suffix in (".html", ".htm"):
            title, body = html_to_text(text)
            if not body.strip():
                raise InputError(str(path), "has no visible text", hint="check it is an article page, not a shell page")
            if len(body) > max_chars:
                raise _too_long(str(path), len(body), max_chars)
            yield Document(doc_id=stem, title=title, source=path.name, text=body, path=str(path))
            return
        if len(text) > max_chars:
            raise _too_long(str(path), len(text), max_chars)
        title = _first_line(text)
        if suffix == ".md" and title:
            title = title.lstrip("#").strip() or title
        yield Document(doc_id=stem, title=title, source=path.name, text=text, path=str(path))
    except InputError as err:
        yield err


# ---------------------------------------------------------------- marsad's own outputs
# Files `marsad extract` wrote (records, report, errors, lock, CSV tables) are recognised, not read as articles: left
# out of a directory with one notice, and one error (not one per record) when named (pass 54, F8, a user fix once
# behind RECOGNISE_OWN_OUTPUTS).
_REPORT_KEYS = frozenset({"out", "backend", "version", "extracted", "records"})
_ERRORS_KEYS = frozenset({"doc_id", "input", "error"})
_RECORD_KEYS = frozenset({"doc_id", "extractor_version"})
# The first line is looked for in the first _HEAD_BYTES (decompressed) bytes only (pass 54, review H2, a user fix once
# behind BOUNDED_HEAD: a small gz of one huge line was decompressed whole).
_HEAD_BYTES = 1 << 20


def _first_json_keys(path: Path, whole: bool = False) -> frozenset[str]:
    """Keys of the first JSON object of a file (its first non-blank line, or the whole file); empty when unreadable."""
    try:
        with (gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")) as fh:  # noqa: SIM115
            if whole:
                raw = fh.read(_HEAD_BYTES)
            else:
                raw, budget = b"", _HEAD_BYTES
                while budget:  # a bounded head: a compressed file of one huge line is not read whole (review H2)
                    line = fh.readline(budget)
                    if not line:
                        break
                    budget -= len(line)
                    if line.strip():
                        raw = line
                        break
        value = json.loads(raw.decode("utf-8-sig"))
    except (OSError, EOFError, ValueError, UnicodeDecodeError):
        return frozenset()
    return frozenset(value) if isinstance(value, dict) else frozenset()


def first_json_keys(path: Path) -> frozenset[str]:
    """Keys of the first JSON object of a JSON Lines file (its first non-blank line); empty when unreadable."""
    return _first_json_keys(path)


#: How every records line of `marsad extract` begins (:class:`~marsad.schemas.DocumentRecords` dumps ``doc_id`` then
#: ``title``): an unfinished first line (a run stopped while writing it, or one longer than :data:`_HEAD_BYTES`) is
#: told from an article by it.
_RECORDS_HEAD = re.compile(rb'^\{"doc_id": "(?:[^"\\]|\\.)*", "title": ')


def records_output(path: Path) -> bool:
    """Whether ``path`` holds the records of a `marsad extract` run, whatever its name: its first non-blank line is a
    records line (``doc_id`` + ``extractor_version``, no ``text``/``content``/``body``), or that line is unfinished
    and begins as one (what a run stopped mid-write leaves; the run that resumes trims it)."""
    keys = _first_json_keys(path)
    if keys:
        return keys >= _RECORD_KEYS and not {"text", "content", "body"} & keys
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES).lstrip()
    except OSError:
        return False
    first, newline, _ = head.partition(b"\n")
    return not newline and bool(_RECORDS_HEAD.match(first))  # a whole first line that is no records line: not ours


def marsad_output(path: Path) -> str | None:
    """What `path` is when `marsad extract` wrote it (an output line ``x.jsonl``, ``x.report.json``, ...), else None.

    Recognised by name and content, never by name alone: a ``.jsonl`` whose first line is a records line
    (``doc_id`` + ``extractor_version``, no ``text``), a ``.report.json``/``.errors.jsonl`` with the run
    report's/error list's keys, and by name ``x.jsonl.lock`` and the tables ``x.<record type>.csv``.
    """
    name = path.name.lower()
    if name.endswith(".jsonl.lock") or name.endswith(".dedupe.tmp"):
        return "the lock file of a `marsad extract` run"
    if name.endswith(".csv"):
        parts = name.split(".")
        return ("a table written by `marsad extract --format csv`"
                if len(parts) >= 3 and parts[-2] in RECORD_TYPES else None)
    if name.endswith(".report.json"):
        return "the report of a `marsad extract` run" if _first_json_keys(path, whole=True) >= _REPORT_KEYS else None
    if name.endswith(".errors.jsonl"):
        return "the error list of a `marsad extract` run" if _first_json_keys(path) >= _ERRORS_KEYS else None
    if _suffix(path) in (".jsonl", ".jsonl.gz"):
        keys = _first_json_keys(path)
        if keys >= _RECORD_KEYS and not {"text", "content", "body"} & keys:
            return "the records output of a `marsad extract` run"
    return None



def left_out_note(paths: list[str], shown: int = 3, language: str = "en") -> str:
    """The one line that tells the files :func:`marsad_output` recognised in a directory and left out (`marsad
    ingest`, `marsad extract` and the UI's upload say it alike), naming the first ``shown`` of them; in Arabic for
    ``language`` "ar" (the app's Ingest tab tells both)."""
    names = ", ".join(paths[:shown]) + (", ..." if len(paths) > shown else "")
    if language == "ar":
        return f"تُرك {len(paths)} ملف كتبه \u200emarsad extract (سجلات وتقارير وأقفال، لا مقالات): {names}"
    return (f"left out {len(paths)} file(s) written by `marsad extract` (records, reports, locks; not articles): "
            f"{names}")

def id_from_name(doc: Document) -> bool:
    """True when ``doc``'s id was made from its file name (a text/HTML file), not given by a JSON record."""
    return bool(doc.path) and _suffix(Path(doc.path)) not in (".json", ".jsonl", ".jsonl.gz", ".json.gz")


def same_file(a: str | None, b: str | None) -> bool:
    """True when two stored paths name the same file."""
    if not a or not b:
        return False
    try:
        return a == b or Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError):
        return False


def distinct_id(doc: Document, taken: Callable[[str], bool]) -> str:
    """A free id for a file whose id is held by another file: its parent directories put in front.

    ``A/report.txt`` whose ``report`` is taken becomes ``A/report``, then ``x/A/report`` and so on;
    the same file always gets the same id while the other holds the shorter one.
    """
    path = Path(doc.path or doc.doc_id)
    try:
        parents = path.resolve().parent.parts[1:]
    except (OSError, RuntimeError):
        parents = path.parent.parts
    candidate = doc.doc_id
    for n in range(1, len(parents) + 1):
        candidate = "/".join([*parents[-n:], doc.doc_id])
        if not taken(candidate):
            return candidate
    return candidate


def relative_id(file: Path, root: Path) -> str:
    """The doc id of a file found under the directory ``root``: its path relative to the root, without extension.

    A file directly in the root keeps its bare stem (``root/report.txt`` -> ``report``); one in a
    sub-directory keeps the directories (``root/A/report.txt`` -> ``A/report``), so two files of the
    same name in different places never share an id, and re-reading the same root gives the same ids.
    """
    try:
        parts = file.relative_to(root).parts
    except ValueError:
        return _stem(file)
    return "/".join([*parts[:-1], _stem(file)])


def _walk(directory: Path, seen_dirs: set[Path] | None = None, seen_files: set[Path] | None = None) -> Iterable[Path]:
    """Files under ``directory`` in name order, each real directory and file visited once.

    Symbolic links are followed, but a directory already visited (a link loop, or two
    links to one place) is not entered again and a file reached twice is yielded once,
    so a loop neither repeats documents nor grows without end.
    """
    seen_dirs = set() if seen_dirs is None else seen_dirs
    seen_files = set() if seen_files is None else seen_files
    try:
        real = directory.resolve()
    except (OSError, RuntimeError):  # a link that points at itself
        return
    if real in seen_dirs:
        return
    seen_dirs.add(real)
    try:
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():
                yield from _walk(entry, seen_dirs, seen_files)
            elif entry.is_file():
                target = entry.resolve()
                if target not in seen_files:
                    seen_files.add(target)
                    yield entry
        except (OSError, RuntimeError):  # a broken or looping link: nothing to read there
            continue


def limits(settings: Any) -> dict[str, int]:
    """The keyword arguments of :func:`iter_documents` for resolved settings (its two size limits)."""
    return {"max_record_chars": int(settings.max_record_chars),
            "max_decompressed_bytes": int(settings.max_decompressed_mb) * 1024 * 1024}


def iter_documents(paths: Sequence[str | Path], *, max_record_chars: int = DEFAULT_MAX_RECORD_CHARS,
                   max_decompressed_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES,
                   left_out: list[tuple[str, str]] | None = None) -> Iterator[Document | InputError]:
    """Documents from files and directories, with an error in place of each bad input.

    Args:
        paths: files or directories (directories are walked recursively, in name
            order; hidden entries are skipped; each real directory and file once).
        max_record_chars: a longer document (file or JSON record) is reported and skipped.
        max_decompressed_bytes: reading one JSON Lines file (gzip or not) stops after this many bytes.
            A file's doc id is its stem, or for a file in a sub-directory of a given
            directory its relative path without extension (:func:`relative_id`).
        left_out: when given, gets ``(path, what it is)`` for each file of a directory that `marsad extract`
            wrote (:func:`marsad_output`): such files are not read as articles. Named on their own they are
            one error each.

    Yields:
        A :class:`Document` per article, or an :class:`InputError` (never raised) for a
        missing, empty, binary, undecodable or malformed file, or a bad JSON Lines
        line (named ``file:line``); the iteration goes on after it.
    """
    named: dict[str, str] = {}  # ids made from file names in this call -> their file

    def unique(items: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
        for item in items:
            if isinstance(item, Document) and id_from_name(item):
                held = named.get(item.doc_id)
                if held is not None and not same_file(held, item.path):
                    item = item.model_copy(update={"doc_id": distinct_id(item, lambda i: i in named)})
                named[item.doc_id] = item.path or ""
            yield item

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = list(_walk(path))
            if not files:
                yield InputError(str(path), "is an empty directory", hint="point at a directory with articles")
            for file in files:
                what = marsad_output(file)
                if what is not None:
                    if left_out is not None:
                        left_out.append((str(file), what))
                    continue
                yield from unique(_load_file(file, relative_id(file, path), max_record_chars, max_decompressed_bytes))
        elif path.is_file():
            what = marsad_output(path)
            if what is not None:
                yield InputError(str(path), f"is {what}, not articles",
                                 hint="pass the articles it was made from (a directory's marsad outputs are left out)")
                continue
            yield from unique(_load_file(path, None, max_record_chars, max_decompressed_bytes))
        else:
            yield InputError(str(path), "does not exist", hint="check the path")
