"""The offline rules' language as data: word lists, trigger tables and thresholds.

Code in :mod:`marsad.agent.offline` holds the mechanism; the files in
``agent/offline/data/`` (one JSON object per rule family, e.g. ``attacks.json``) hold the
words. Each key maps to one of:

* a list of words, read with :func:`words` (normalised, so lists keep hamza and ة as
  written) or :func:`phrases` (taken as they are, already normalised);
* an object (a table: word -> word or number), read with :func:`table`;
* a list read in order with :func:`sequence`;
* a number, read with :func:`number`.

Each file is read once per process (cached). A missing file or key, or an entry of the
wrong shape, raises :class:`~marsad.core.errors.ConfigError` naming the file and key.
:func:`rules_digest` hashes the rule code and these files: the offline extractor's
version is built from it, so a resumed ``marsad extract`` never mixes outputs of older rules.
Words only the question answerer reads live in its own folder (``agent/qa/data/``, read by
:mod:`marsad.agent.qa.rules` through the same readers with ``folder``), outside that hash.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from marsad.core.arabic import normalize
from marsad.core.errors import ConfigError, DuplicateKeyError

__all__ = ["DATA_DIR", "load", "words", "phrases", "table", "sequence", "number", "rules_digest"]

DATA_DIR = Path(__file__).parent / "data"
_CODE_DIR = Path(__file__).parent
_SHARED_CODE = ("marsad.agent.dates", "marsad.agent.numbers", "marsad.core.arabic",
                "marsad.core.gazetteer")  # readers the rules use


def _path(family: str, folder: Path | None) -> Path:
    return (folder or DATA_DIR) / f"{family}.json"


def _what(folder: Path | None) -> str:
    return "offline rule data" if folder is None else "rule data"


def _bad(family: str, key: str, problem: str, folder: Path | None = None) -> ConfigError:
    return ConfigError(f"{_what(folder)} {_path(family, folder)}: key {key!r} {problem}",
                       hint="fix the entry (see the docstring of marsad/agent/offline/rules.py for the shapes)")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise DuplicateKeyError(repr(key))
        data[key] = value
    return data


@cache
def load(family: str, folder: Path | None = None) -> dict[str, Any]:
    """The whole data file of one rule family (cached); ``folder``: another data folder than :data:`DATA_DIR`
    (each reader below takes it too).

    Raises:
        ConfigError: the file is missing, not JSON, not a JSON object, or repeats a key within an object.
    """
    path, what = _path(family, folder), _what(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
    except DuplicateKeyError as exc:  # JSON keeps the last of a repeated key: the first entry was silently lost
        raise ConfigError(f"{what} {path}: key {exc} appears twice in one object",
                          hint="merge the two entries into one") from None
    except FileNotFoundError:
        raise ConfigError(f"{what} {path} is missing", hint="reinstall Marsad") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{what} {path} is not valid JSON: {exc}", hint="fix the file") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{what} {path} must hold a JSON object", hint="fix the file")
    return data


def _entry(family: str, key: str, folder: Path | None) -> Any:
    data = load(family, folder)
    if key not in data:
        raise _bad(family, key, "is missing", folder)
    return data[key]


def _strings(family: str, key: str, folder: Path | None) -> list[str]:
    value = _entry(family, key, folder)
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise _bad(family, key, "must be a list of non-empty strings", folder)
    return value


@cache
def words(family: str, key: str, folder: Path | None = None) -> frozenset[str]:
    """A word list, normalised (:func:`marsad.core.arabic.normalize`); ``_`` joins the words of a phrase.

    Raises:
        ConfigError: the key is missing or not a list of strings.
    """
    value = _strings(family, key, folder)
    if any(len(w.split()) != 1 for w in value):
        raise _bad(family, key, "must hold single words (join the words of a phrase with _)", folder)
    return frozenset(normalize(w) for w in value)


@cache
def phrases(family: str, key: str, folder: Path | None = None) -> frozenset[str]:
    """A list of strings taken as written (already normalised, or not Arabic).

    Raises:
        ConfigError: the key is missing or not a list of strings.
    """
    return frozenset(_strings(family, key, folder))


@cache
def sequence(family: str, key: str, folder: Path | None = None) -> tuple:
    """An ordered list (of strings, or of lists of strings, which become tuples).

    Raises:
        ConfigError: the key is missing or not a list.
    """
    value = _entry(family, key, folder)
    if not isinstance(value, list):
        raise _bad(family, key, "must be a list", folder)
    out = []
    for item in value:
        if isinstance(item, list) and all(isinstance(x, str) for x in item):
            out.append(tuple(item))
        elif isinstance(item, str):
            out.append(item)
        else:
            raise _bad(family, key, f"has an entry {item!r} that is neither a string nor a list of strings", folder)
    return tuple(out)


def table(family: str, key: str, folder: Path | None = None) -> dict[str, Any]:
    """A mapping (word -> word or number); a fresh dict on each call.

    Raises:
        ConfigError: the key is missing or not an object of strings/numbers.
    """
    value = _entry(family, key, folder)
    if not isinstance(value, dict) or not all(isinstance(v, (str, int, float)) for v in value.values()):
        raise _bad(family, key, "must be an object whose values are strings or numbers", folder)
    return dict(value)


def number(family: str, key: str, folder: Path | None = None) -> int | float:
    """A threshold.

    Raises:
        ConfigError: the key is missing or not a number.
    """
    value = _entry(family, key, folder)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _bad(family, key, "must be a number", folder)
    return value


@lru_cache(maxsize=1)
def rules_digest() -> str:
    """A short hash of the rule code (this folder's modules and the shared readers) and data files."""
    h = hashlib.sha256()
    import importlib.util

    shared = [Path(importlib.util.find_spec(name).origin) for name in _SHARED_CODE]
    shared.append(Path(importlib.util.find_spec("marsad.core.gazetteer").origin).with_suffix(".json"))
    for path in sorted(_CODE_DIR.glob("*.py")) + sorted(DATA_DIR.glob("*.json")) + shared:
        if path.exists():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]
