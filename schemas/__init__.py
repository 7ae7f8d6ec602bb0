"""Marsad's data contract: plain Pydantic models, importing nothing from agent/, index/ or ui/."""

from marsad.schemas.answer import Answer
from marsad.schemas.citation import Citation
from marsad.schemas.document import Chunk, Document, Hit
from marsad.schemas.records import (
    RECORD_FIELDS,
    RECORD_TYPES,
    SCHEMA_VERSION,
    Actor,
    ActorType,
    Agreement,
    AgreementStatus,
    Attack,
    AttackType,
    DatePrecision,
    DocumentRecords,
    JointRoom,
    Location,
    RoomStatus,
)

__all__ = [
    "Answer", "Citation", "Chunk", "Document", "Hit", "RECORD_FIELDS", "RECORD_TYPES", "SCHEMA_VERSION", "Actor", "ActorType",
    "Agreement", "AgreementStatus", "Attack", "AttackType", "DatePrecision", "DocumentRecords",
    "JointRoom", "Location", "RoomStatus",
]
