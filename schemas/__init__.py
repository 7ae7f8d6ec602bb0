"""Marsad's data contract: plain Pydantic models, importing nothing from agent/, index/ or ui/."""

from schemas.answer import Answer
from schemas.citation import Citation
from schemas.document import Chunk, Document, Hit
from schemas.records import (
    RECORD_FIELDS,
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
    "Answer", "Citation", "Chunk", "Document", "Hit", "RECORD_FIELDS", "SCHEMA_VERSION", "Actor", "ActorType",
    "Agreement", "AgreementStatus", "Attack", "AttackType", "DatePrecision", "DocumentRecords",
    "JointRoom", "Location", "RoomStatus",
]
