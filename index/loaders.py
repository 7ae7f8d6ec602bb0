"""Reading input files into :class:`~schemas.Document` objects, text kept verbatim.

Supported inputs: ``.txt`` and ``.md`` files, ``.html``/``.htm`` pages (visible text
only: scripts and styles are dropped), ``.json`` (one record or a list of records),
``.jsonl`` and ``.jsonl.gz`` (one record per line, the shape of the shared corpus:
``id``, ``title``, ``text``, ``date``, ``source``), and directories (walked
recursively, hidden entries skipped). Doc ids: a record's ``id``; else the file
name without extension, with the sub-directories below a given directory in front
(``A/report``), so same-named files in different places never collide. A JSON
Lines id repeated within one file is reported with its line number.

Bytes are decoded (:mod:`marsad.index.decoding`) as UTF-8 (with or without a BOM), UTF-16 with a BOM, or
windows-1256 (the legacy Arabic code page). Only a BOM is stripped: for a UTF-8 text
file the document text is the whole file content, so every offset computed later
points into exactly what is on disk.

A file (or a JSON Lines record) that cannot be read is *yielded* as an
:class:`~marsad.core.errors.InputError` naming it and the reason; it is never raised, so a
batch goes on past one bad file.
"""

from __future__ import annotations

import calendar
import codecs
import datetime as dt
import gzip
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from marsad.core.arabic import normalize
from marsad.core.calendar_words import MONTHS, WEEKDAYS
from marsad.core.config import setting_name
from marsad.core.errors import DatesKept, InputError, say_dates_kept
from marsad.index.decoding import decode_bytes
from marsad.index.own_outputs import first_json_keys, left_out_note, marsad_output, records_output
from marsad.schemas import Document

# decode_bytes and the own-output tests are said here too: `marsad extract` and the app import them with the loader
__all__ = ["iter_documents", "SUPPORTED_SUFFIXES", "DEFAULT_MAX_RECORD_CHARS", "DEFAULT_MAX_DECOMPRESSED_BYTES", "limits", "decode_bytes", "html_to_text", "relative_id",
           "id_from_name", "same_file", "distinct_id", "marsad_output", "records_output",
           "first_json_keys", "left_out_note"]

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


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in (".jsonl.gz", ".json.gz"):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _stem(path: Path) -> str:
    suffix = _suffix(path)
    return path.name[: -len(suffix)] if suffix and path.name.lower().endswith(suffix) else path.stem


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
    """A record's date as ISO ``YYYY-MM-DD`` when it is one Marsad reads, else as given.

    Read besides ISO (ux64: they were kept as written, so the article had no publication date: its "أمس" stayed
    unresolved and ``--since``/``--until`` left it out, silently): ``2016/06/15``, ``2016.6.15``, ``2016-6-15``; a
    day first or a month first where the numbers tell which (``15/06/2016``, ``06/15/2016``; ``05/06/2016`` could be
    either and is kept as written); an e-mail/RSS date (``Wed, 15 Jun 2016 10:00:00 GMT``, ``Wed, 15 Jun 2016``);
    ``15 June 2016`` and ``June 15, 2016``, a weekday before them and a time after them (``June 15, 2016 10:00 AM``,
    ``Jun 15, 2016, 10:00``); Arabic month names, either calendar, with or without a weekday (``الأربعاء 15 يونيو
    2016``, ``15 حزيران/يونيو 2016``: the date reader's table, :data:`marsad.core.calendar_words.MONTHS`). A file's
    records whose date is none of these are counted (:class:`marsad.core.errors.DatesKept`) and told once per batch."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    m = _ISO_DATE.match(text)
    if m:
        return m.group(1)
    day = _read_date(text)
    return day.isoformat() if day else text


_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_XYY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_WORDED = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
# a weekday before a worded date ("Wed, ", "Wednesday ", "الأربعاء، "), a time after it ("10:00 AM", ", 10:00:00 GMT",
# "الساعة 10:00 صباحا"); matched in normalised text (Latin lower-cased)
_EN_DAYS = "|".join(d.lower() for d in calendar.day_abbr)  # "mon" ... "sun" (the C locale's)
_AR_DAYS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_WEEKDAY_FIRST = re.compile(rf"^(?:(?:{_EN_DAYS})[a-z]*\.?|{_AR_DAYS})\s*[,،]?\s+")
_TIME_AFTER = re.compile(r"[\s,،]*(?:at\s+|الساعه\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?|ص|م|صباحا|مساء)?"
                         r"(?:\s*(?:[a-z]{1,5}|[+-]\d{2}:?\d{2}))?\s*$")
_AR_MONTH = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_WORDED_AR = re.compile(rf"^(\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?({_AR_MONTH})(?:\s*[/-]?\s*(?:{_AR_MONTH}))?\s*[,،]?\s+"
                        rf"(?:(?:من\s+)?(?:عام|سنه)\s+)?(\d{{4}})\s*م?$")


def _read_date(text: str) -> dt.date | None:
    """The date ``text`` writes in one of the forms :func:`_published` reads, or None."""
    try:
        m = _YMD.match(text)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _XYY.match(text)
        if m:
            a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if a > 12 >= b:
                return dt.date(year, b, a)
            if b > 12 >= a:
                return dt.date(year, a, b)
            return dt.date(year, a, b) if a == b else None  # 05/06: a day first or a month first?
    except ValueError:
        return None
    if re.match(r"^[A-Za-z]{3}, ", text) or re.match(r"^\d{1,2} [A-Za-z]{3} \d{4} \d", text):
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            pass
    plain = re.sub(r"\s+", " ", normalize(text).strip().rstrip("."))
    plain = _TIME_AFTER.sub("", _WEEKDAY_FIRST.sub("", plain)).strip().rstrip(",،")
    m = _WORDED_AR.match(plain)
    if m:
        try:
            return dt.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
        except ValueError:
            return None
    for form in _WORDED:
        try:
            return dt.datetime.strptime(plain, form).date()
        except ValueError:
            continue
    return None


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


def _json_kind(value: Any) -> str:
    """What a JSON value is, as JSON names it: number, true/false, array, object."""
    if isinstance(value, bool):
        return "true/false"
    return {int: "number", float: "number", list: "array", dict: "object"}.get(type(value), type(value).__name__)


def _record_to_document(record: Any, where: str, default_id: str, path: Path,
                        max_chars: int = DEFAULT_MAX_RECORD_CHARS) -> Document:
    if not isinstance(record, dict):
        raise InputError(where, f"a record must be a JSON object, not {'an' if _json_kind(record) == 'array' else 'a'} {_json_kind(record)}",
                         hint="each record needs at least `text` (and usually `id`, `title`, `date`, `source`)")
    text = record.get("text", record.get("content", record.get("body")))
    if text is not None and not isinstance(text, str):  # told as what it is: "no text" misled (ux64)
        raise InputError(where, f"record's `text` is a JSON {_json_kind(text)}, not a string",
                         hint="give each record its article's text as a JSON string in `text`")
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


def _note_date(doc: Document, kept: DatesKept | None) -> None:
    """Count ``doc``'s date in ``kept`` when it was kept as written (no ISO date could be read from it)."""
    if kept is not None and doc.published and not _ISO_DATE.match(doc.published):
        kept.add(doc.path or "", doc.published)


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
                max_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES, kept: DatesKept | None = None,
                ) -> Iterator[Document | InputError]:
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
                _note_date(doc, kept)
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


def _iter_json(path: Path, data: bytes, stem: str, max_chars: int = DEFAULT_MAX_RECORD_CHARS,
               kept: DatesKept | None = None) -> Iterator[Document | InputError]:
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
        _note_date(doc, kept)
        yield doc


def _load_file(path: Path, stem: str | None = None, max_chars: int = DEFAULT_MAX_RECORD_CHARS,
               max_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES, kept: DatesKept | None = None,
               ) -> Iterator[Document | InputError]:
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
        yield from _iter_jsonl(path, stem, max_chars, max_bytes, kept)
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
            yield from _iter_json(path, data, stem, max_chars, kept)
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
                   left_out: list[tuple[str, str]] | None = None,
                   dates_kept: DatesKept | None = None) -> Iterator[Document | InputError]:
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
        dates_kept: when given, counts the records whose date Marsad cannot read (kept as written, the document
            kept) for the caller's report to tell once; when None, they are told once on stderr when the iteration
            ends (:func:`marsad.core.errors.say_dates_kept`): once per batch, not per file.

    Yields:
        A :class:`Document` per article, or an :class:`InputError` (never raised) for a
        missing, empty, binary, undecodable or malformed file, or a bad JSON Lines
        line (named ``file:line``); the iteration goes on after it.
    """
    named: dict[str, str] = {}  # ids made from file names in this call -> their file
    kept = DatesKept() if dates_kept is None else dates_kept

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
                yield from unique(_load_file(file, relative_id(file, path), max_record_chars, max_decompressed_bytes,
                                             kept))
        elif path.is_file():
            what = marsad_output(path)
            if what is not None:
                yield InputError(str(path), f"is {what}, not articles",
                                 hint="pass the articles it was made from (a directory's marsad outputs are left out)")
                continue
            yield from unique(_load_file(path, None, max_record_chars, max_decompressed_bytes, kept))
        else:
            yield InputError(str(path), "does not exist", hint="check the path")
    if dates_kept is None:
        say_dates_kept(kept)
