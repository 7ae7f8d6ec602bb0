"""The bilingual registry of actors, places and domain terms: one source for search,
extraction and answering.

The data lives in JSON files beside this module (``data/actors*.json``,
``data/places*.json``, ``data/glossary*.json``: the kind is the file name's prefix); extending Marsad's vocabulary means
editing those files, not code. A user may add files of the same shape in
``$MARSAD_HOME/lexicon/`` (passed as ``extra_dirs``).

Every entry has the same core shape::

    {"id": "peshmerga", "canonical": "البيشمركة", "name_en": "Peshmerga",
     "ar": ["البيشمركة", "البيمشركة", "البشمركة"], "en": ["Peshmerga", "Kurdish forces"],
     ...kind-specific fields (type, affiliation, governorate, lat, lon, concept...)}

An entry marked ``"search_only": true`` (``glossary_words.json``: everyday English news words such as
"supermarket" or "religious scholars") only gives an English query or question its Arabic words: Arabic
text is never read as naming it (the extractor's gazetteer, Arabic questions and queries skip it, so a
football striker "المهاجم" is no attacker).

``ar`` holds Arabic spellings as they appear in text (matching is done on normalised
text, so hamza/ta-marbuta/diacritic variants need not be listed); ``en`` holds English
names and aliases (matched case-insensitively, as whole words).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.core.arabic import normalize
from marsad.core.errors import ConfigError

__all__ = ["Entry", "Lexicon", "get_lexicon", "role_at", "DATA_DIR", "KINDS"]

DATA_DIR = Path(__file__).parent / "data"
KINDS = ("actors", "places", "glossary")


@dataclass(frozen=True)
class Entry:
    """One registry entry (an actor, a place or a glossary concept)."""

    kind: str
    id: str
    canonical: str
    name_en: str | None
    ar: tuple[str, ...]
    en: tuple[str, ...]
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def __post_init__(self) -> None:
        # :meth:`get` as the data dict's own ``get``, set on the instance: the same answer, called in C with no
        # Python frame (the rules ask entries ~100k times per 300 articles)
        object.__setattr__(self, "get", self.data.get)

    def get(self, key: str, default: Any = None) -> Any:
        """A kind-specific field (``type``, ``affiliation``, ``governorate``, ``lat``, ...)."""
        return self.data.get(key, default)


def _in_period(period: str | None, when: str) -> bool:
    """True when the date ``when`` (ISO ``YYYY-MM-DD``) falls in ``period`` ("2015-2019", "2017.06-", "-2013";
    years are inclusive, a ``YYYY.MM`` bound is a month). No period, or one that cannot be read, covers any date."""
    if not period or "-" not in period:
        return True
    start, _, end = period.partition("-")
    day = when[:7].replace("-", ".")  # "2017.06"
    try:
        if start.strip() and day < (start.strip() if "." in start else f"{int(start):04d}.00"):
            return False
        if end.strip() and day > (end.strip() if "." in end else f"{int(end):04d}.12"):
            return False
    except ValueError:
        return True
    return True


def role_at(entry: Entry, when: str | None) -> str | None:
    """The role an official held on the date ``when`` (ISO, e.g. an article's publication date).

    An entry may list its roles over time (``"roles": [{"role": ..., "period": "2015.04-2017.06"}, ...]``); the one
    whose period holds the date wins. Else the entry's ``role`` if its ``period`` (the term of office) holds the date
    (a role fixed in time: a minister named after he left office is no longer that minister), else None; a role that
    says "former" ("رئيس الوزراء الأسبق") holds only after the term. Without a date the entry's ``role`` is returned
    as is."""
    role = entry.get("role")
    if not when:
        return role
    for item in entry.get("roles") or ():
        if isinstance(item, dict) and item.get("role") and _in_period(item.get("period"), when):
            return item["role"]
    former = bool(role) and _FORMER.search(role) is not None
    period = entry.get("period")
    if _in_period(period, when):
        return None if former and period else role  # "رئيس الوزراء الأسبق" is no role during his term
    started = _in_period(period.partition("-")[0] + "-", when)
    return role if former and started else None  # after the term: only a role that says "former"


_FORMER = re.compile("السابق|الأسبق|السابقة")
"""A role that describes someone after his term ("رئيس الوزراء الأسبق")."""


def _load_file(path: Path, kind: str) -> list[Entry]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"lexicon file {path} cannot be read: {exc}", hint="fix the JSON or remove the file") from exc
    if isinstance(raw, dict):
        raw = raw.get("entries", [])
    entries = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or not item.get("id") or not (item.get("canonical") or item.get("ar")):
            raise ConfigError(
                f"lexicon file {path}, entry {i}: needs at least `id` and `canonical` (or `ar`)",
                hint="see marsad/lexicon/__init__.py for the entry shape",
            )
        ar = tuple(dict.fromkeys(s for s in [item.get("canonical"), *item.get("ar", [])] if s))
        en = tuple(dict.fromkeys(s for s in [item.get("name_en"), *item.get("en", [])] if s))
        data = {k: v for k, v in item.items() if k not in {"id", "canonical", "name_en", "ar", "en"}}
        entries.append(Entry(kind, item["id"], item.get("canonical") or ar[0], item.get("name_en"), ar, en, data))
    return entries


class Lexicon:
    """All entries, with lookups by id and by normalised surface form.

    Args:
        entries: the entries to hold; usually built by :func:`get_lexicon`.
    """

    def __init__(self, entries: Iterable[Entry]):
        self.entries: list[Entry] = []
        self.by_id: dict[tuple[str, str], Entry] = {}
        self._ar_index: dict[str, list[Entry]] = {}
        self._en_index: dict[str, list[Entry]] = {}
        for e in entries:
            key = (e.kind, e.id)
            if key in self.by_id:  # later files extend/override earlier ones
                self.entries.remove(self.by_id[key])
            self.by_id[key] = e
            self.entries.append(e)
        for e in self.entries:
            for s in () if e.get("search_only") else e.ar:  # (an English word's Arabic, not a name to read)
                self._ar_index.setdefault(normalize(s).strip(), []).append(e)
            for s in e.en:
                self._en_index.setdefault(s.lower().strip(), []).append(e)
        self._en_terms = sorted(self._en_index, key=len, reverse=True)

    def of_kind(self, kind: str) -> list[Entry]:
        """Entries of one kind: ``actors``, ``places`` or ``glossary``."""
        return [e for e in self.entries if e.kind == kind]

    def get(self, kind: str, id_: str) -> Entry | None:
        """The entry of that kind and id, or None."""
        return self.by_id.get((kind, id_))

    def lookup_ar(self, surface: str) -> list[Entry]:
        """Entries one of whose Arabic spellings normalises to the same string as ``surface``."""
        return list(self._ar_index.get(normalize(surface).strip(), []))

    def lookup_en(self, surface: str) -> list[Entry]:
        """Entries with that English name or alias (case-insensitive)."""
        return list(self._en_index.get(surface.lower().strip(), []))

    def arabic_surface_forms(self) -> dict[str, list[Entry]]:
        """Normalised Arabic surface form -> entries (for building matchers)."""
        return self._ar_index

    def find_english(self, text: str) -> list[tuple[Entry, int, int]]:
        """English names/aliases found in ``text`` as whole words, longest first, non-overlapping.

        Returns:
            ``(entry, start, end)`` triples in text order.
        """
        # Only the names that occur in the text go into the matcher: one alternation of all ~3,500
        # names cost 0.4 s to compile on every process start.
        low = text.lower()
        terms = tuple(t for t in self._en_terms if t in low)
        if not terms:
            return []
        out = []
        for m in _english_matcher(terms).finditer(text):
            for e in self._en_index.get(m.group(1).lower(), []):
                out.append((e, m.start(), m.end()))
        return out

    def expand_query(self, query: str) -> list[str]:
        """Arabic terms for the English names and domain terms in ``query``.

        ``"joint operations room in Kirkuk"`` -> ``["غرفة عمليات مشتركة", "كركوك", ...]``.
        Arabic text in the query is left to the caller (it is searched as is).
        """
        terms: list[str] = []
        for entry, _, _ in self.find_english(query):
            for s in entry.ar[:4]:
                if s not in terms:
                    terms.append(s)
        return terms


@lru_cache(maxsize=4096)
def _english_matcher(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Whole-word, case-insensitive matcher of ``terms`` (longest first)."""
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(t) for t in terms) + r")(?![\w])", re.I)


def _files(extra_dirs: tuple[Path, ...]) -> list[tuple[Path, str]]:
    out = []
    for d in (DATA_DIR, *extra_dirs):
        for kind in KINDS:
            for p in sorted(Path(d).glob(f"{kind}*.json")):
                out.append((p, kind))
    return out


@lru_cache(maxsize=8)
def get_lexicon(extra_dirs: tuple[Path, ...] = ()) -> Lexicon:
    """The registry: bundled data plus any ``{actors,places,glossary}.json`` in ``extra_dirs``.

    Raises:
        ConfigError: a lexicon file is not valid JSON or an entry lacks ``id``/``canonical``.
    """
    entries: list[Entry] = []
    for path, kind in _files(tuple(Path(d) for d in extra_dirs)):
        entries.extend(_load_file(path, kind))
    return Lexicon(entries)
