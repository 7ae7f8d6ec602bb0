"""The actor registry across documents: one canonical row per actor, with every spelling seen.

An actor's canonical id is its lexicon entry (``marsad.core.lexicon``) when the name resolves there,
else ``name:`` + its normalised canonical name, so the same force written three ways in three
outlets is one row, and events and records can refer to it by id (:func:`actor_id`).
:func:`write_actors` writes the rows to a JSON lines or CSV file.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.agent.export import write_output
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon
from marsad.schemas import DocumentRecords

__all__ = ["ActorRow", "CSV_COLUMNS", "actor_id", "actors_text", "build_actor_registry", "write_actors"]

#: A row counts the articles that name the actor (``documents``, with their ``doc_ids``), not its mentions: the
#: store keeps one actor record per article (its citations are capped evidence, not every mention), so the old
#: ``mentions`` figure was the number of those records and equalled ``documents``. Off: the old ``mentions`` key.
COUNT_DOCUMENTS_ONLY = True

#: A state has one id, the extractor's: ``state:<ISO code>`` (the ``registry_id`` of its actor records), whether it is
#: written as the country ("إيران", "Iran") or its government (the lexicon's ``gov_xx`` entries with a
#: ``country_code``, which the extractor merges into the state). Before pass 57 `marsad actors` and the events'
#: ``perpetrator_id`` said ``name:ايران`` while the records said ``state:IR``. Off: the lexicon id, else ``name:``.
STATE_IDS = True

#: An attack's perpetrator counts as an actor of its article even when the extractor made no actor record of it
#: ("القوات الأمنية العراقية" as the subject of a raid), so every event's ``perpetrator_id`` is a row of the registry
#: and a saved `actors --format jsonl` joins to `events --format jsonl` on it. Off: actor records only.
PERPETRATORS_ARE_ACTORS = True

CSV_COLUMNS = ["actor_id", "canonical_name", "name_en", "type", "affiliation", "roles", "aliases", "documents",
               "first_seen", "last_seen", "doc_ids"]


def actor_id(*names: str | None) -> str | None:
    """The canonical id for an actor written as any of ``names``: its lexicon entry, else the state a name is
    (``state:<ISO code>``, :data:`STATE_IDS`), else ``name:`` + the first name normalised."""
    lex = get_lexicon()
    for name in names:
        if not name:
            continue
        entries = [e for e in lex.lookup_ar(name) if e.kind == "actors"] or \
                  [e for e in lex.lookup_en(name) if e.kind == "actors"]
        if entries:
            code = entries[0].get("country_code") if STATE_IDS and entries[0].id.startswith("gov_") else None
            return f"state:{str(code).upper()}" if code else entries[0].id
    if STATE_IDS:
        for name in names:
            code = _state_code(name) if name else None
            if code:
                return f"state:{code}"
    for name in names:
        if name and normalize(name):
            return "name:" + normalize(name)
    return None


def _state_code(name: str) -> str | None:
    """The ISO code of the country ``name`` is, whole (Arabic or English), or None."""
    from marsad.core.gazetteer import get_world_gazetteer, registry_country

    lex = get_lexicon()
    places = [e for e in (*lex.lookup_ar(name), *lex.lookup_en(name)) if e.kind == "places"]
    if places:  # the registry's reading of the name wins (a country, or a place that is not one)
        country = next((e for e in places if e.get("admin_level") == "country"), None)
        return registry_country(country) if country is not None else None
    code = get_world_gazetteer().country_code(name)
    return str(code).upper() if code else None


@dataclass
class ActorRow:
    """One canonical actor across the archive."""

    actor_id: str
    canonical_name: str | None = None
    name_en: str | None = None
    types: Counter = field(default_factory=Counter)
    affiliations: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    aliases: Counter = field(default_factory=Counter)
    doc_ids: set[str] = field(default_factory=set)
    mentions: int = 0
    first_seen: str | None = None
    last_seen: str | None = None

    def as_dict(self) -> dict:
        out = {
            "actor_id": self.actor_id,
            "canonical_name": self.canonical_name,
            "name_en": self.name_en,
            "type": self.types.most_common(1)[0][0] if self.types else None,
            "affiliation": self.affiliations.most_common(1)[0][0] if self.affiliations else None,
            "roles": [r for r, _ in self.roles.most_common()],
            "aliases": [a for a, _ in self.aliases.most_common()],
            "mentions": self.mentions,
            "documents": len(self.doc_ids),
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }
        if COUNT_DOCUMENTS_ONLY:
            del out["mentions"]
            out["doc_ids"] = sorted(self.doc_ids)
        return out


def build_actor_registry(records: Iterable[DocumentRecords]) -> list[ActorRow]:
    """Canonical actors of the documents, most mentioned first.

    Args:
        records: every document's records.

    Returns:
        One :class:`ActorRow` per canonical actor (an attack's perpetrator included, :data:`PERPETRATORS_ARE_ACTORS`):
        aliases as written, type, affiliation, roles held by
        persons, the articles naming it, first and last seen publication dates.
    """
    lex = get_lexicon()
    rows: dict[str, ActorRow] = {}

    def row_of(aid: str, canonical: str | None, name_en: str | None) -> ActorRow:
        row = rows.get(aid)
        if row is None:
            entry = lex.get("actors", aid)
            state = _state_names(aid[6:]) if aid.startswith("state:") else None
            row = rows[aid] = ActorRow(
                actor_id=aid,
                canonical_name=entry.canonical if entry else (state[0] if state else None) or canonical,
                name_en=entry.name_en if entry else (state[1] if state else None) or name_en,
            )
        return row

    def seen(row: ActorRow, rec: DocumentRecords) -> None:
        row.mentions += 1
        row.doc_ids.add(rec.doc_id)
        if rec.published:
            row.first_seen = min(filter(None, (row.first_seen, rec.published)))
            row.last_seen = max(filter(None, (row.last_seen, rec.published)))

    for rec in records:
        for actor in rec.actors:
            aid = actor_id(actor.canonical_name, actor.name, actor.name_en, *actor.aliases)
            if aid is None:
                continue
            row = row_of(aid, actor.canonical_name or actor.name, actor.name_en)
            row.types[str(actor.type)] += 1
            if actor.affiliation:
                row.affiliations[actor.affiliation] += 1
            if actor.role:
                row.roles[actor.role] += 1
            for alias in (actor.name, *actor.aliases):
                if alias:
                    row.aliases[alias] += 1
            seen(row, rec)
        if not PERPETRATORS_ARE_ACTORS:
            continue
        for attack in rec.attacks:  # an attack's perpetrator the article names but no actor record holds
            aid = actor_id(attack.perpetrator)
            if aid is None or rec.doc_id in (rows[aid].doc_ids if aid in rows else ()):
                continue
            row = row_of(aid, attack.perpetrator, None)
            entry = lex.get("actors", aid)
            kind = entry.get("type") if entry else "government_body" if aid.startswith("state:") else None
            if kind and not row.types:  # no actor record typed it: the lexicon's type
                row.types[str(kind)] += 1
            row.aliases[attack.perpetrator] += 1
            seen(row, rec)
    return sorted(rows.values(), key=lambda r: (-len(r.doc_ids), -r.mentions, r.actor_id))


def _state_names(code: str) -> tuple[str | None, str | None] | None:
    """(Arabic, English) name of the state ``code`` as the world gazetteer gives it, or None."""
    from marsad.core.gazetteer import get_world_gazetteer

    country = get_world_gazetteer().country(code)
    return (country.ar, country.name_en) if country is not None else None


def actors_text(rows: list[dict], fmt: str = "jsonl") -> str:
    """The registry's rows (:meth:`ActorRow.as_dict`) as ``jsonl``, or ``csv`` (columns ``CSV_COLUMNS``; lists joined
    with `` | ``)."""
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt != "csv":
        raise ValueError(f"unknown actors format {fmt!r} (jsonl or csv)")
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=[c for c in CSV_COLUMNS if c in rows[0]] if rows else CSV_COLUMNS,
                            extrasaction="ignore")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: " | ".join(v) if isinstance(v, list) else ("" if v is None else v) for k, v in r.items()})
    return buf.getvalue()


def write_actors(rows: list[dict], path: Path, fmt: str = "jsonl") -> Path:
    """Write :func:`actors_text` to ``path`` (a CSV in UTF-8 with a BOM, so a spreadsheet reads the Arabic)."""
    return write_output(actors_text(rows, fmt), path, fmt)
