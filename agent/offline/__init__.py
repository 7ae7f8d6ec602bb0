"""The offline extractor: the four schemas filled from dictionaries and patterns, no model at all.

It is Marsad's default backend (no API key needed) and the baseline every LLM result is
compared with. The words the rules look for live in ``data/*.json`` (one file per rule
family, read by :mod:`marsad.agent.offline.rules`); the mechanism lives in small modules: ``text`` (sentences and tokens with raw
offsets), ``mentions`` (gazetteer matching with clitics), ``actors`` (registry actors and
titled persons), ``frames``/``casualties``/``roles``/``attacks``, ``rooms``,
``agreements``, ``locations``, and ``english`` for articles written in English;
``agent.dates`` and ``agent.numbers`` read dates and counts.

Besides the contract fields, records carry a few extras: ``registry_id`` (actors,
locations), ``perpetrator_en``, ``date_inferred`` (a weekday fixed by another date of the
same article), ``geo_precision`` and ``within`` (locations), ``party_bodies`` (every body
named as a party; ``parties`` keeps one per side), ``rank`` (persons).
"""

from __future__ import annotations

import hashlib
import importlib
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from marsad.agent.extractor import ExtractionOutcome
from marsad.agent.offline.rules import rules_digest
from marsad.core.lexicon import DATA_DIR
from marsad.schemas import RECORD_FIELDS, SCHEMA_VERSION, Document, DocumentRecords

if TYPE_CHECKING:  # bound at run time by _load_rules (on first use), not when the package is imported
    from marsad.agent.offline.actors import build_actors
    from marsad.agent.offline.agreements import find_agreements
    from marsad.agent.offline.attacks import find_attacks
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.english import extract_english, is_english
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.agent.offline.rooms import find_rooms

__all__ = ["OfflineExtractor", "extractor_version"]

#: The rule families' entry points, imported on first use (:func:`_load_rules`), not with the package: the LLM
#: path's hints import ``marsad.agent.offline.mentions`` alone, and :func:`extractor_version` reads files only.
#: Importing every rule module with the package cost `marsad extract --backend llm` and `marsad ask`'s record check
#: about 4-6 s of start-up for modules they never call (pass 60).
_RULES = {"build_actors": "actors", "find_agreements": "agreements", "find_attacks": "attacks",
          "build_context": "context", "extract_english": "english", "is_english": "english", "find_rooms": "rooms",
          "get_gazetteer": "mentions"}


def __getattr__(name: str):
    """A rule entry point of :data:`_RULES`, imported on first access (``marsad.agent.offline.find_attacks``)."""
    module = _RULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def _load_rules() -> None:
    """Bind every entry point of :data:`_RULES` in this module (one a test has patched is kept)."""
    for name in _RULES:
        if name not in globals():
            __getattr__(name)


def extractor_version() -> str:
    """``offline-<rules>+lex-<lexicon>+schema-<n>``: a hash of the rule code and data
    (:func:`marsad.agent.offline.rules.rules_digest`), of the lexicon files and the schema
    version, so any change to what the rules may output changes the version and a resumed
    ``marsad extract`` re-extracts instead of keeping lines of older rules."""
    return f"offline-{rules_digest()}+lex-{_lexicon_digest()}+schema-{SCHEMA_VERSION}"


def _lexicon_digest() -> str:
    h = hashlib.sha256()
    for path in sorted(DATA_DIR.glob("*.json")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:10]


class OfflineExtractor:
    """Rule-based extraction of actors, attacks, joint rooms and agreements, with verified citations.

    Attributes:
        name: ``"offline"``.
        version: rules, lexicon and schema versions; changes whenever the output may change.
    """

    name = "offline"
    parallel = True  # pure rules over one document: safe to spread over worker processes

    def __init__(self) -> None:
        _load_rules()
        self.version = extractor_version()
        self._gazetteer = get_gazetteer()
        self._counts = {"documents": 0, "failed": 0, "dropped_records": 0, "seconds": 0.0,
                        "actors": 0, "attacks": 0, "joint_rooms": 0, "agreements": 0}
        # (a process that exists to extract moves these tables out of the cyclic collector's sight once built:
        # marsad.agent.extraction_process; a constructor leaves the process's collector alone)

    def extract(self, doc: Document) -> DocumentRecords:
        """Extract one document.

        Args:
            doc: the document (``published`` resolves relative dates when set).

        Returns:
            Records validated against ``doc.text`` (a record that fails validation is
            dropped and counted in :meth:`report`, never returned).
        """
        if is_english(doc.text):
            found = extract_english(doc, self._gazetteer.lexicon)
        else:
            ctx = build_context(doc, self._gazetteer)
            found = {
                "actors": build_actors(doc.doc_id, doc.text, ctx.sentences, ctx.mentions, ctx.persons,
                                       ctx.published.isoformat() if ctx.published else None),
                "attacks": find_attacks(ctx),
                "joint_rooms": find_rooms(ctx),
                "agreements": find_agreements(ctx),
            }
        vctx = {"text": doc.text, "doc_id": doc.doc_id}
        head = {"doc_id": doc.doc_id, "title": doc.title, "source": doc.source, "published": doc.published,
                "backend": self.name, "extractor_version": self.version}
        payload = {k: [r.model_dump(mode="json") for r in v] for k, v in found.items()}
        try:
            return DocumentRecords.model_validate({**head, **payload}, context=vctx)
        except ValueError:
            pass  # some record is invalid: keep the others
        for field_name, records in payload.items():
            model = RECORD_FIELDS[field_name]
            kept = []
            for rec in records:
                try:
                    model.model_validate(rec, context=vctx)
                    kept.append(rec)
                except ValueError:
                    self._counts["dropped_records"] += 1
            payload[field_name] = kept
        return DocumentRecords.model_validate({**head, **payload}, context=vctx)

    def extract_batch(self, docs: Iterable[Document]) -> Iterator[ExtractionOutcome]:
        """Extract each document in order; a failure is reported in its outcome, never raised.

        Args:
            docs: the documents.

        Yields:
            One :class:`~agent.extractor.ExtractionOutcome` per document.
        """
        for doc in docs:
            t0 = time.perf_counter()
            self._counts["documents"] += 1
            try:
                records = self.extract(doc)
            except Exception as exc:  # one bad document never sinks a batch
                self._counts["failed"] += 1
                yield ExtractionOutcome(doc, None, error=f"{type(exc).__name__}: {exc}")
                continue
            finally:
                self._counts["seconds"] += time.perf_counter() - t0
            stats = {k: len(getattr(records, k)) for k in RECORD_FIELDS}
            for k, v in stats.items():
                self._counts[k] += v
            yield ExtractionOutcome(doc, records, stats=stats)

    def report(self) -> dict:
        """Run-level counters: documents, failures, records per type, dropped records, time."""
        out = dict(self._counts)
        out["seconds"] = round(out["seconds"], 3)
        out["backend"] = self.name
        out["version"] = self.version
        return out
