"""Marsad as a library: :func:`extract`, :func:`search` and :func:`ask` for notebooks and scripts.

Each function takes the same settings as the command line, as keyword arguments named like
the fields of :class:`marsad.core.config.Settings` (``home``, ``backend``, ``llm_base_url``,
``llm_model``, ...). A keyword argument wins over the ``MARSAD_*`` environment variable,
which wins over the default — the CLI's order (:func:`marsad.core.config.resolve_settings`).
They return the project's Pydantic models. ``import marsad`` loads none of this: the package
resolves these names on first use, and the heavy modules (the index, the extractors) load
inside the functions.

Example::

    import marsad

    records = marsad.extract("هاجم مسلحون حاجزا للشرطة في كركوك فقتلوا ثلاثة من أفراده.")
    hits = marsad.search("joint operations room in Kirkuk", k=3, home="~/.marsad")
    answer = marsad.ask("Who attacked the police in Kirkuk?", home="~/.marsad")
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.core.config import Settings, resolve_settings
from marsad.core.errors import ConfigError, MarsadError

if TYPE_CHECKING:
    from marsad.schemas import Answer, Document, DocumentRecords, Hit

__all__ = ["extract", "search", "ask", "settings"]

_FIELDS = frozenset(f.name for f in fields(Settings))
_MAX_PATH = 4096


def settings(**overrides: Any) -> Settings:
    """The resolved settings: keyword arguments > ``MARSAD_*`` environment > defaults.

    Args:
        **overrides: values by :class:`~marsad.core.config.Settings` field name; None means "not given".

    Returns:
        A frozen :class:`~marsad.core.config.Settings`.

    Raises:
        ConfigError: an unknown name, or a value that cannot be parsed.
    """
    unknown = sorted(set(overrides) - _FIELDS)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}",
                          hint=f"use the Settings field names: {', '.join(sorted(_FIELDS))}")
    return resolve_settings(overrides)


# ``extract("")`` (or blank text) is an input error: ``Path("")`` is the current directory, which was read as a folder of
# articles; and a string written as a file name (one word with a ``/`` or an article file's suffix, e.g.
# ``"data/a.txt"``) that does not exist is "no such file", not the text of a one-word article (a user fix, once behind
# TEXT_OR_PATH_CHECKED).


def _looks_like_path(text: str) -> bool:
    """One word written as a path: it has a ``/`` or ends with an article file's suffix."""
    from marsad.index.loaders import SUPPORTED_SUFFIXES

    word = text.strip()
    return bool(word) and not any(c.isspace() for c in word) and (
        "/" in word or word.lower().endswith(SUPPORTED_SUFFIXES))


def _as_path(text_or_path: str | Path) -> Path | None:
    if isinstance(text_or_path, Path):
        return text_or_path.expanduser()
    if not text_or_path.strip():
        from marsad.core.errors import InputError

        raise InputError("text", "is empty", hint="give the article text, or a file or folder of articles")
    if "\n" in text_or_path or len(text_or_path) > _MAX_PATH:
        return None
    try:
        path = Path(text_or_path).expanduser()
        return path if path.exists() else None
    except (OSError, ValueError):
        return None


def _documents(text_or_path: str | Path, doc_id: str | None, title: str | None,
               published: str | None) -> tuple[list[Document], bool]:
    """The documents to extract and whether the input was a path."""
    from marsad.schemas import Document

    path = _as_path(text_or_path)
    if path is None:
        if isinstance(text_or_path, Path) or _looks_like_path(text_or_path):
            raise MarsadError(f"no such file or folder: {text_or_path}", hint="give an existing path, or the text itself")
        text = str(text_or_path)
        ident = doc_id or "text_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        return [Document(doc_id=ident, title=title, source="text", published=published, text=text)], False
    from marsad.index.loaders import iter_documents

    docs = []
    for item in iter_documents([path]):
        if isinstance(item, Exception):
            raise item
        docs.append(item)
    if not docs:
        raise MarsadError(f"no readable documents in {path}", hint="give .txt, .md, .html, .json or .jsonl files")
    return docs, True


def extract(text_or_path: str | Path, *, doc_id: str | None = None, title: str | None = None,
            published: str | None = None, **overrides: Any) -> DocumentRecords | list[DocumentRecords]:
    """Extract actors, attacks, joint rooms and agreements, with verified citations.

    Args:
        text_or_path: the article text, or a file or folder of articles (as ``marsad extract`` reads).
        doc_id: the id for a text (default: a hash of it); ignored for paths.
        title: the title of a text; ignored for paths.
        published: the publication date (ISO) of a text, used to resolve relative dates.
        **overrides: settings by field name (``backend="llm"``, ``llm_model=...``).

    Returns:
        One :class:`~marsad.schemas.DocumentRecords` for a text or a single-article file; a list of
        them, in input order, for a folder or a file of several articles.

    Raises:
        ConfigError: bad settings, or an LLM backend without a server.
        InputError: a file cannot be read.
        MarsadError: a document failed to extract (the message names it).
    """
    from marsad.agent.backends import get_extractor

    resolved = settings(**overrides)
    docs, from_path = _documents(text_or_path, doc_id, title, published)
    extractor = get_extractor(resolved)
    by_id: dict[str, DocumentRecords] = {}
    for outcome in extractor.extract_batch(docs):
        if not outcome.ok:
            raise MarsadError(f"extraction of {outcome.doc.doc_id} failed: {outcome.error}",
                              hint="see the error; `marsad extract` skips failed documents and reports them")
        by_id[outcome.doc.doc_id] = outcome.records
    ordered = [by_id[d.doc_id] for d in docs]
    return ordered if from_path and len(ordered) > 1 else ordered[0]


def search(query: str, *, k: int = 5, since: str | None = None, until: str | None = None,
           **overrides: Any) -> list[Hit]:
    """Hybrid (BM25 + vector) search over the ingested articles, as ``marsad search`` runs it.

    Args:
        query: Arabic, English or mixed text.
        k: how many hits.
        since, until: only articles published in that period (``YYYY``, ``YYYY-MM`` or
            ``YYYY-MM-DD``, inclusive; None leaves that side open).
        **overrides: settings by field name (``home=...``, ``chroma_url=...``).

    Returns:
        The :class:`~marsad.schemas.Hit` list, best first (empty when nothing is indexed): a
        :class:`~marsad.index.search.Hits`, whose ``warning`` is set when the Chroma server failed and the hits are
        the keyword index's alone (also logged by ``marsad.index.search``).

    Raises:
        ConfigError: a date is malformed, or ``since`` is after ``until``.
    """
    from marsad.index.period import parse_period
    from marsad.index.search import search as run_search

    return run_search(settings(**overrides), query, k=k, period=parse_period(since, until, caller="api"))


def ask(question: str, *, k: int | None = None, steps: int | None = None, since: str | None = None,
        until: str | None = None, **overrides: Any) -> Answer:
    """Answer a question from the indexed articles, every claim citing an exact span.

    Args:
        question: Arabic or English.
        k: hits per search step (default as ``marsad ask``).
        steps: most search steps / tool calls (default as ``marsad ask``).
        since, until: read only articles published in that period (as :func:`search`).
        **overrides: settings by field name.

    Returns:
        An :class:`~marsad.schemas.Answer` (``abstained`` when the sources do not hold the answer; over a period in
        which no ingested article was published, its ``answer`` says so, as `marsad ask` and the app do).

    Raises:
        ConfigError: a date is malformed, or ``since`` is after ``until``.
    """
    from marsad.agent.asking import ask as ask_within
    from marsad.agent.qa import Answerer
    from marsad.agent.qa.answerer import DEFAULT_K, DEFAULT_STEPS
    from marsad.index.period import parse_period

    period = parse_period(since, until, caller="api")
    with Answerer(settings(**overrides), k=k or DEFAULT_K, max_steps=steps or DEFAULT_STEPS, period=period,
                  warm=False) as answerer:
        return ask_within(answerer, question)
