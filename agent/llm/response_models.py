"""The LLM-facing response model: one reply per text window covering all four record types.

The models are derived from the output schemas in :mod:`marsad.schemas.records` so the field
descriptions an LLM reads are the schema's own (one source of truth). Two differences:
the model returns verbatim ``quotes`` (Marsad finds the offsets, see
:mod:`marsad.agent.grounding`) instead of ``citations``, and it never fills ``flags``.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator

from marsad.schemas import SCHEMA_VERSION, Actor, Agreement, Attack, JointRoom, Location

__all__ = ["ExtractRecords", "RESPONSE_SCHEMA_VERSION", "LLM_RECORD_MODELS"]

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_NOT_FOR_THE_MODEL = {"citations", "flags"}
# Coordinates come from the gazetteer, never from the model.
_LOCATION_NOT_FOR_THE_MODEL = {"lat", "lon"}


class _LLMRecord(BaseModel):
    """Common part of every record the model returns."""

    model_config = ConfigDict(extra="ignore", use_enum_values=True)

    @model_validator(mode="after")
    def _check(self) -> _LLMRecord:
        quotes = getattr(self, "quotes", None) or []
        if not any(isinstance(q, str) and q.strip() for q in quotes):
            raise ValueError("every record needs at least one non-empty verbatim quote in `quotes`")
        date = getattr(self, "date", None)
        if date is not None and not _ISO_DATE.match(date):
            raise ValueError(f"date {date!r} is not ISO YYYY, YYYY-MM or YYYY-MM-DD (use null when unknown)")
        return self


LocationOut = create_model(
    "LocationOut",
    __config__=ConfigDict(extra="ignore"),
    __doc__=Location.__doc__,
    **{n: (f.annotation, copy.copy(f)) for n, f in Location.model_fields.items() if n not in _LOCATION_NOT_FOR_THE_MODEL},
)
_SWAP = {Location | None: LocationOut | None, list[Location]: list[LocationOut]}


def _derive(record_cls: type[BaseModel], name: str) -> type[BaseModel]:
    fields: dict[str, Any] = {
        "quotes": (
            list[str],
            Field(
                min_length=1,
                description="Evidence: one or more short quotes copied character for character from the article "
                "(a clause or sentence) that state this record's facts. Never paraphrase or translate.",
            ),
        )
    }
    for fname, finfo in record_cls.model_fields.items():
        if fname in _NOT_FOR_THE_MODEL:
            continue
        annotation = _SWAP.get(finfo.annotation, finfo.annotation)
        fields[fname] = (annotation, copy.copy(finfo))
    return create_model(name, __base__=_LLMRecord, __doc__=record_cls.__doc__, **fields)


ActorOut = _derive(Actor, "ActorOut")
AttackOut = _derive(Attack, "AttackOut")
JointRoomOut = _derive(JointRoom, "JointRoomOut")
AgreementOut = _derive(Agreement, "AgreementOut")

LLM_RECORD_MODELS: dict[str, type[BaseModel]] = {
    "actors": ActorOut,
    "attacks": AttackOut,
    "joint_rooms": JointRoomOut,
    "agreements": AgreementOut,
}


_NULL = {"type": "null"}


def _compact_schema(node: Any, root: bool = False) -> Any:
    """The same JSON schema in fewer tokens (~12%), with the same meaning for a model.

    Drops the ``title`` pydantic puts on every property and definition (the root's is
    kept: it names the tool), drops empty defaults (``null``, ``[]``, ``false``; a
    field's optionality is already in ``required``), and writes
    ``anyOf: [{type: T}, {type: null}]`` as ``type: [T, "null"]``.
    """
    if isinstance(node, list):
        return [_compact_schema(x) for x in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "title" and not root and isinstance(value, str):
            continue
        if key == "default" and (value is None or value is False or value == []):
            continue
        if key in ("properties", "$defs") and isinstance(value, dict):
            out[key] = {name: _compact_schema(sub) for name, sub in value.items()}
        else:
            out[key] = _compact_schema(value)
    options = out.get("anyOf")
    if isinstance(options, list) and len(options) == 2 and _NULL in options:
        other = options[0] if options[1] == _NULL else options[1]
        if set(other) == {"type"} and isinstance(other["type"], str):
            del out["anyOf"]
            out["type"] = [other["type"], "null"]
    return out


class ExtractRecords(BaseModel):
    """Every actor, attack, joint operations room and agreement stated in the passage.

    Use empty lists for types the passage does not mention. Each record cites its
    evidence as verbatim quotes from the passage.
    """

    model_config = ConfigDict(extra="ignore")

    actors: list[ActorOut] = Field(default_factory=list, description="Forces, bodies, groups, outlets and named persons.")  # type: ignore[valid-type]
    attacks: list[AttackOut] = Field(default_factory=list, description="Violent events, one per distinct event.")  # type: ignore[valid-type]
    joint_rooms: list[JointRoomOut] = Field(  # type: ignore[valid-type]
        default_factory=list, description="Joint operations rooms, coordination centres, joint command HQs."
    )
    agreements: list[AgreementOut] = Field(default_factory=list, description="Agreements between parties.")  # type: ignore[valid-type]

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The JSON schema the model reads, in compact form (see :func:`_compact_schema`)."""
        return _compact_schema(super().model_json_schema(*args, **kwargs), root=True)


def _schema_version() -> str:
    schema = json.dumps(ExtractRecords.model_json_schema(), sort_keys=True, ensure_ascii=False)
    return f"{SCHEMA_VERSION}.{hashlib.sha256(schema.encode('utf-8')).hexdigest()[:8]}"


RESPONSE_SCHEMA_VERSION = _schema_version()
"""Changes whenever the records schema or the response model changes (part of cache keys)."""
