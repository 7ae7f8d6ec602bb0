"""Marsad's data contract: plain Pydantic models, importing nothing from agent/, index/ or ui/.

The names load with their own module on first use (PEP 562): ``from marsad.schemas import Hit`` builds the document
models alone, not the record and answer models (some 0.3 s of pydantic schema building a cold ``marsad search``
never needs; ux62).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

_HOME = {"Answer": "answer", "Citation": "citation", "Chunk": "document", "Document": "document", "Hit": "document"}
_HOME.update(dict.fromkeys(("RECORD_FIELDS", "RECORD_TYPES", "SCHEMA_VERSION", "Actor", "ActorType", "Agreement",
                            "AgreementStatus", "Attack", "AttackType", "DatePrecision", "DocumentRecords", "JointRoom",
                            "Location", "RoomStatus"), "records"))

__all__ = [
    "Answer", "Citation", "Chunk", "Document", "Hit", "RECORD_FIELDS", "RECORD_TYPES", "SCHEMA_VERSION", "Actor", "ActorType",
    "Agreement", "AgreementStatus", "Attack", "AttackType", "DatePrecision", "DocumentRecords",
    "JointRoom", "Location", "RoomStatus",
]


def __getattr__(name: str):
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # found at once next time
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
