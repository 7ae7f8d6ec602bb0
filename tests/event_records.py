"""Shared by the events tests (``agent/events.py``): attack records and documents the team writes, one builder of
each for every file that groups records across documents."""

from __future__ import annotations

from marsad.schemas import Citation, DocumentRecords
from marsad.schemas.records import Attack, Location

QUOTE = "انفجار عبوة ناسفة"
PRECISION = {10: "day", 7: "month", 4: "year"}  # a date's precision by its length: 2018-03-04, 2018-03, 2018


def event_attack(doc_id: str, *, date: str | None = "2018-03-04", place: str | Location | None = "كركوك",
                 killed: int | None = None, kind: str = "ied", perpetrator: str | None = None,
                 target: str | None = None, background: bool = False) -> Attack:
    """An attack record of ``doc_id`` citing its first words; a place given as a name is its own canonical name."""
    if isinstance(place, str):
        place = Location(name=place, canonical_name=place)
    return Attack(citations=[Citation(doc_id=doc_id, start=0, end=len(QUOTE), quote=QUOTE)], date=date,
                  date_precision=PRECISION.get(len(date), "unknown") if date else "unknown", location=place,
                  killed=killed, attack_type=kind, perpetrator=perpetrator, target=target, background=background)


def event_doc(doc_id: str, published: str, *attacks: Attack, source: str | None = None) -> DocumentRecords:
    """A document's records: its attacks, published on ``published``, from ``source`` (the doc id by default)."""
    return DocumentRecords(doc_id=doc_id, published=published, source=source or doc_id, attacks=list(attacks))
