"""The LLM-facing response model: one compact reply per text window covering all four record types.

What the model reads and writes is a *wire* form of the output contract
(:mod:`marsad.schemas.records`), built to cost few tokens in the prompt and in the reply:

* short field names (``q`` for the verbatim quotes, ``canon``, ``en``, ``by``, ``kt``...)
  mapped back to the contract's names by :func:`to_contract` (:data:`WIRE_FIELDS`);
* a hand-compacted JSON schema (:data:`WIRE_SCHEMA`): types and inline enums, a
  description only where a name alone would mislead, one shared ``loc`` definition;
* no field Marsad fills itself: citations (grounding finds the offsets of the quotes),
  flags, coordinates, district and admin level (gazetteer), and ``date_precision``
  (derived from the form of ``date``).

Parsing is lenient per record, so **one bad field never loses a document**: each record
is validated on its own; a field with an invalid value (a date ``"--02-18"``, an unknown
enum, a negative count) is nulled (an enum falls back to its default) with an
``invalid_<field>`` flag, its raw text kept in the field's ``*_text`` companion when it
has one; a record that still cannot be read (no quote, no name) is dropped and counted
in ``repairs``. A value that says "nothing" (``""``, ``"none"``, ``"null"``, ``"N/A"``, ``"[]"``,
``"لا يوجد"``...: :func:`means_nothing`) is an empty list. Another list that is not a list (``"attacks": "many"``) is kept aside in
``unreadable`` with the other lists read, and only it is asked for again (the extractor's
re-ask carries that part and its error); a reply that is not a JSON object at all fails
validation and is re-asked with its error and its first characters. Contract names are accepted as aliases, so recordings and
cache entries written in the contract's names parse too.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    create_model,
    field_validator,
    model_validator,
)

from marsad.core.arabic import ascii_digits
from marsad.schemas import (
    SCHEMA_VERSION,
    Actor,
    ActorType,
    Agreement,
    AgreementStatus,
    Attack,
    AttackType,
    JointRoom,
    RoomStatus,
)

__all__ = [
    "ExtractRecords",
    "RESPONSE_SCHEMA_VERSION",
    "LLM_RECORD_MODELS",
    "WIRE_KINDS",
    "WIRE_FIELDS",
    "WIRE_SCHEMA",
    "FIELD_LEGEND",
    "to_contract",
    "to_wire",
    "from_wire",
]

# contract record list -> wire key
WIRE_KINDS: dict[str, str] = {"actors": "actors", "attacks": "attacks", "joint_rooms": "rooms",
                              "agreements": "agreements"}
_LOCATION_FIELDS = {"name": "name", "canonical_name": "canon", "name_en": "en", "governorate": "gov"}
_DATED = {"date": "date", "date_text": "when"}
# per record kind: contract field -> wire field (a field not listed is not asked of the model)
WIRE_FIELDS: dict[str, dict[str, str]] = {
    "actors": {"quotes": "q", "name": "name", "canonical_name": "canon", "name_en": "en", "type": "type",
               "affiliation": "aff", "role": "role", "aliases": "aka"},
    "attacks": {"quotes": "q", **_DATED, "location": "loc", "perpetrator": "by", "target": "target",
                "attack_type": "kind", "weapons": "weapons", "killed": "killed", "injured": "injured",
                "killed_text": "kt", "injured_text": "it", "background": "bg"},
    "joint_rooms": {"quotes": "q", **_DATED, "name": "name", "location": "loc", "participants": "members",
                    "lead": "lead", "purpose": "purpose", "status": "status"},
    "agreements": {"quotes": "q", **_DATED, "parties": "parties", "agreement_type": "kind",
                   "provisions": "terms", "locations": "locs", "status": "status"},
}
_CONTRACT = {"actors": Actor, "attacks": Attack, "joint_rooms": JointRoom, "agreements": Agreement}
# where the raw text of an invalid value is kept (contract names)
_TEXT_COMPANION = {"date": "date_text", "killed": "killed_text", "injured": "injured_text"}
_AGREEMENT_TYPES = ["security_agreement", "joint_forces", "security_handover", "coordination", "ceasefire",
                    "political", "other"]

# ---------------------------------------------------------------- the JSON schema the model reads
_S = {"type": "string"}
_I = {"type": "integer"}
_SL = {"type": "array", "items": _S}
_LOC = {"$ref": "#/$defs/loc"}


def _obj(properties: dict, required: list[str]) -> dict:
    return {"type": "object", "properties": properties, "required": required}


# Field meanings are one legend line of the system prompt (FIELD_LEGEND): cheaper than a description each.
_RECORD_SCHEMAS = {
    "actors": _obj({"q": _SL, "name": _S, "canon": _S, "en": _S, "type": {"enum": [t.value for t in ActorType]},
                    "aff": _S, "role": _S, "aka": _SL}, ["q", "name", "type"]),
    "attacks": _obj({"q": _SL, "date": _S, "when": _S, "loc": _LOC, "by": _S, "target": _S,
                     "kind": {"enum": [t.value for t in AttackType]}, "weapons": _SL, "killed": _I, "injured": _I,
                     "kt": _S, "it": _S, "bg": {"type": "boolean"}}, ["q", "kind"]),
    "rooms": _obj({"q": _SL, "date": _S, "when": _S, "name": _S, "loc": _LOC, "members": _SL, "lead": _S,
                   "purpose": _S, "status": {"enum": [s.value for s in RoomStatus]}}, ["q", "status"]),
    "agreements": _obj({"q": _SL, "date": _S, "when": _S, "parties": _SL, "kind": {"enum": _AGREEMENT_TYPES},
                        "terms": _SL, "locs": {"type": "array", "items": _LOC},
                        "status": {"enum": [s.value for s in AgreementStatus]}}, ["q", "status"]),
}
WIRE_SCHEMA: dict[str, Any] = {
    "title": "ExtractRecords",
    "type": "object",
    "properties": {kind: {"type": "array", "items": schema} for kind, schema in _RECORD_SCHEMAS.items()},
    "required": list(_RECORD_SCHEMAS),
    "$defs": {"loc": _obj({"name": _S, "canon": _S, "en": _S, "gov": _S}, ["name"])},
}
FIELD_LEGEND = (
    "q=verbatim quotes; canon=canonical Arabic name; en=English name; aff=parent organisation (English); "
    "role=a person's title; aka=other spellings; date=ISO YYYY-MM-DD, YYYY-MM or YYYY; when=date as written; "
    "loc/locs=places (gov=governorate, English); by=perpetrator; kt/it=killed/injured phrase as written; "
    "bg=past background event; members=participants; terms=provisions"
)
"""The schema sent as the tool's parameters (or as ``response_format``); :data:`FIELD_LEGEND` explains the names."""

# ---------------------------------------------------------------- pydantic models (parsing)
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LOOSE_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$")
_LOOSE_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def _fix_date(value: Any) -> Any:
    """A date in a common non-ISO form (``2021/3/5``, ``05.03.2021``) rewritten as ISO; else as is."""
    if not isinstance(value, str):
        return value
    v = ascii_digits(value.strip())
    if _ISO_DATE.match(v):
        return v
    m = _LOOSE_DATE.match(v)
    if m:
        y, mo, d = m.groups()
        return f"{y}-{int(mo):02d}" + (f"-{int(d):02d}" if d else "")
    m = _LOOSE_DMY.match(v)
    if m:
        d, mo, y = m.groups()
        return f"{y}-{int(mo):02d}-{int(d):02d}"
    if v[:10] and re.match(r"^\d{4}-\d{2}-\d{2}T", v):  # a timestamp
        return v[:10]
    return value


def _alias(wire: str, contract: str) -> AliasChoices | None:
    return AliasChoices(wire, contract) if wire != contract else None


LocationOut = create_model(
    "LocationOut",
    __config__=ConfigDict(extra="ignore", populate_by_name=True),
    **{w: (str | None, Field(default=None, validation_alias=_alias(w, c))) for c, w in _LOCATION_FIELDS.items()},
)


class _WireRecord(BaseModel):
    """Common part of every record the model returns."""

    model_config = ConfigDict(extra="ignore", use_enum_values=True, populate_by_name=True)

    flags: list[str] = Field(default_factory=list)  # set by the repair step, never by the model

    @model_validator(mode="after")
    def _check(self) -> _WireRecord:
        quotes = getattr(self, "q", None) or []
        if not any(isinstance(q, str) and q.strip() for q in quotes):
            raise ValueError("every record needs at least one non-empty verbatim quote in `q`")
        return self

    @field_validator("date", check_fields=False)
    @classmethod
    def _iso(cls, value: str | None) -> str | None:
        value = _fix_date(value)
        if value is not None and not _ISO_DATE.match(value):
            raise ValueError(f"date {value!r} is not ISO YYYY, YYYY-MM or YYYY-MM-DD (use null when unknown)")
        return value


def _wire_annotation(kind: str, contract_name: str) -> Any:
    if contract_name == "quotes":
        return list[str]
    if contract_name == "location":
        return LocationOut | None
    if contract_name == "locations":
        return list[LocationOut]
    if (kind, contract_name) == ("actors", "type"):
        return ActorType
    if (kind, contract_name) == ("agreements", "agreement_type"):
        return str | None
    annotation = _CONTRACT[kind].model_fields[contract_name].annotation
    return annotation


def _wire_default(kind: str, contract_name: str) -> Any:
    if contract_name == "quotes":
        return Field(default_factory=list, validation_alias=_alias("q", "quotes"))
    finfo = _CONTRACT[kind].model_fields[contract_name]
    wire = WIRE_FIELDS[kind][contract_name]
    if (kind, contract_name) == ("actors", "type"):
        return Field(default=ActorType.other, validation_alias=_alias(wire, contract_name))
    if (kind, contract_name) == ("actors", "name"):
        return Field(validation_alias=_alias(wire, contract_name))  # required: an actor is its name
    if contract_name in ("killed", "injured"):
        return Field(default=None, ge=0, validation_alias=_alias(wire, contract_name))
    if finfo.default_factory is not None:
        return Field(default_factory=finfo.default_factory, validation_alias=_alias(wire, contract_name))
    return Field(default=finfo.default, validation_alias=_alias(wire, contract_name))


def _derive(kind: str, name: str) -> type[BaseModel]:
    fields = {wire: (_wire_annotation(kind, contract), _wire_default(kind, contract))
              for contract, wire in WIRE_FIELDS[kind].items()}
    return create_model(name, __base__=_WireRecord, **fields)


ActorOut = _derive("actors", "ActorOut")
AttackOut = _derive("attacks", "AttackOut")
JointRoomOut = _derive("joint_rooms", "JointRoomOut")
AgreementOut = _derive("agreements", "AgreementOut")

LLM_RECORD_MODELS: dict[str, type[BaseModel]] = {
    "actors": ActorOut,
    "attacks": AttackOut,
    "joint_rooms": JointRoomOut,
    "agreements": AgreementOut,
}
_WIRE_TO_CONTRACT = {kind: {w: c for c, w in fields.items()} for kind, fields in WIRE_FIELDS.items()}


def _repair(kind: str, item: Any, repairs: dict[str, int]) -> BaseModel | None:
    """Validate one record; null what is invalid (with a flag); None when it cannot be read."""
    model = LLM_RECORD_MODELS[kind]
    if not isinstance(item, dict):
        repairs["dropped_records"] += 1
        return None
    data = dict(item)
    flags = [f for f in data.pop("flags", None) or [] if isinstance(f, str)]  # a cached reply's own flags
    had = len(flags)
    for _ in range(3):
        try:
            rec = model.model_validate({**data, "flags": flags})
        except ValidationError as exc:
            bad = {str(err["loc"][0]) for err in exc.errors() if err.get("loc")}
            fixable = False
            for key in bad:
                contract = _WIRE_TO_CONTRACT[kind].get(key, key)
                if contract in ("quotes", "name", "flags") or key not in data and contract not in data:
                    continue
                raw = data.pop(key, None) if key in data else data.pop(contract, None)
                flags.append(f"invalid_{contract}")
                companion = _TEXT_COMPANION.get(contract)
                if companion and isinstance(raw, str | int) and raw != "":
                    wire_companion = WIRE_FIELDS[kind].get(companion, companion)
                    if not data.get(wire_companion) and not data.get(companion):
                        data[wire_companion] = str(raw)
                repairs["repaired_fields"] += 1
                fixable = True
            if not fixable:
                break
            continue
        if len(flags) > had:
            repairs["repaired_records"] += 1
        return rec
    repairs["dropped_records"] += 1
    return None


_EMPTY_REPAIRS = {"repaired_fields": 0, "repaired_records": 0, "dropped_records": 0}


_NOTHING = frozenset({
    "", "none", "null", "nil", "n/a", "na", "nothing", "no", "empty", "[]", "{}", "-",
    "لا يوجد", "لا توجد", "لا شيء", "لا شئ", "لاشيء", "لا يوجد شيء", "لا أحد", "لا", "غير موجود", "فارغ",
})
_NOTHING_TRIM = " \t\n\r\"'`.،,;:!()[]{}\u200f\u200e"


def means_nothing(value: Any) -> bool:
    """True when ``value`` is a string a model writes for an empty list ("none", "N/A", "[]", "لا يوجد"...)."""
    if not isinstance(value, str):
        return False
    text = value.strip().lower()
    if text in _NOTHING:  # "[]" and "{}" before their brackets are trimmed
        return True
    return text.strip(_NOTHING_TRIM) in _NOTHING


class ExtractRecords(BaseModel):
    """Records stated in the passage; empty lists for kinds it does not mention."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    actors: list[ActorOut] = Field(default_factory=list)  # type: ignore[valid-type]
    attacks: list[AttackOut] = Field(default_factory=list)  # type: ignore[valid-type]
    rooms: list[JointRoomOut] = Field(  # type: ignore[valid-type]
        default_factory=list, validation_alias=AliasChoices("rooms", "joint_rooms"))
    agreements: list[AgreementOut] = Field(default_factory=list)  # type: ignore[valid-type]
    repairs: dict[str, int] = Field(default_factory=lambda: dict(_EMPTY_REPAIRS))
    unreadable: dict[str, Any] = Field(default_factory=dict, exclude=True)
    """Wire list name -> the value that was not a list of records (asked for again, never cached)."""

    @model_validator(mode="before")
    @classmethod
    def _per_record(cls, data: Any) -> Any:
        """Validate record by record (see the module docstring); the reply itself must be an object."""
        if isinstance(data, BaseModel):
            return data
        if not isinstance(data, dict):
            raise ValueError("the reply must be one JSON object with the lists actors, attacks, rooms, agreements")
        repairs = dict(_EMPTY_REPAIRS)
        old = data.get("repairs")
        if isinstance(old, dict):  # a cached reply keeps the counts of its first parse
            repairs.update({k: int(v) for k, v in old.items() if k in repairs and isinstance(v, int)})
        out: dict[str, Any] = {}
        unreadable: dict[str, Any] = {}
        for kind, wire in WIRE_KINDS.items():
            items = data.get(wire, data.get(kind))
            if items is None:
                items = []
            elif isinstance(items, dict):
                items = [items]
            elif means_nothing(items):
                items = []  # the model's way of writing an empty list: nothing to ask again, nothing unreadable
            elif not isinstance(items, list):
                unreadable[wire] = items  # the other lists are kept; only this one is asked for again
                items = []
            out[wire] = [r for r in (_repair(kind, item, repairs) for item in items) if r is not None]
        out["repairs"] = repairs
        out["unreadable"] = unreadable
        return out

    def with_lists(self, other: ExtractRecords, wires: Any) -> ExtractRecords:
        """This reply with the lists named in ``wires`` taken from ``other`` (a re-ask's answer)."""
        wires = set(wires)
        update: dict[str, Any] = {}
        for wire in wires:  # the wire list names are the field names
            update[wire] = getattr(other, wire)
        repairs = {k: self.repairs.get(k, 0) + other.repairs.get(k, 0) for k in _EMPTY_REPAIRS}
        left = {w: v for w, v in other.unreadable.items() if w in wires}
        return self.model_copy(update={**update, "repairs": repairs, "unreadable": left})

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The compact schema the model reads (:data:`WIRE_SCHEMA`)."""
        return json.loads(json.dumps(WIRE_SCHEMA))

    def records(self, kind: str) -> list[dict[str, Any]]:
        """The records of one contract kind (``actors``, ``attacks``, ``joint_rooms``, ``agreements``),
        each a dict in the contract's field names with ``quotes`` and ``flags``."""
        return [to_contract(kind, rec) for rec in getattr(self, WIRE_KINDS[kind])]


def _precision(date: str | None) -> str:
    if not date:
        return "unknown"
    return {10: "day", 7: "month", 4: "year"}.get(len(date), "unknown")


def _location(loc: Any) -> dict | None:
    if loc is None:
        return None
    data = loc.model_dump() if isinstance(loc, BaseModel) else dict(loc)
    out = {c: data.get(w) for c, w in _LOCATION_FIELDS.items() if data.get(w) is not None}
    return out if out.get("name") else None


def to_contract(kind: str, rec: BaseModel | dict) -> dict[str, Any]:
    """One wire record as a dict in the contract's names (``quotes`` instead of citations, plus flags)."""
    data = rec.model_dump() if isinstance(rec, BaseModel) else dict(rec)
    out: dict[str, Any] = {}
    for contract, wire in WIRE_FIELDS[kind].items():
        value = data.get(wire)
        if contract == "location":
            value = _location(value)
        elif contract == "locations":
            value = [x for x in (_location(v) for v in value or []) if x]
        out[contract] = value
    if "date" in out:
        out["date_precision"] = _precision(out["date"])
    out = {k: v for k, v in out.items() if v is not None}
    out["flags"] = list(data.get("flags") or [])
    return out


def _rename(record: dict, mapping: dict[str, str]) -> dict:
    out = {}
    for key, value in record.items():
        if key in ("location",) and isinstance(value, dict):
            value = _rename(value, _LOCATION_FIELDS)
        elif key == "locations" and isinstance(value, list):
            value = [_rename(v, _LOCATION_FIELDS) if isinstance(v, dict) else v for v in value]
        if key == "date_precision" and key not in mapping:
            continue  # derived from the date's form
        out[mapping.get(key, key)] = value
    return out


def to_wire(arguments: Any) -> Any:
    """A reply written in the contract's names (as recordings store them) in the wire names the model
    is asked for; anything else unchanged."""
    if not isinstance(arguments, dict):
        return arguments
    out: dict[str, Any] = {}
    for kind, wire in WIRE_KINDS.items():
        items = arguments.get(kind, arguments.get(wire))
        if items is None:
            continue
        out[wire] = [_rename(r, WIRE_FIELDS[kind]) if isinstance(r, dict) else r for r in items]
    return out


def from_wire(arguments: Any) -> Any:
    """The inverse of :func:`to_wire`: a reply in wire names written in the contract's names."""
    if not isinstance(arguments, dict):
        return arguments
    out: dict[str, Any] = {}
    loc_back = {w: c for c, w in _LOCATION_FIELDS.items()}
    for kind, wire in WIRE_KINDS.items():
        items = arguments.get(wire, arguments.get(kind))
        if items is None:
            continue
        back = _WIRE_TO_CONTRACT[kind]
        recs = []
        for r in items:
            if not isinstance(r, dict):
                recs.append(r)
                continue
            rec = {back.get(k, k): v for k, v in r.items()}
            if isinstance(rec.get("location"), dict):
                rec["location"] = {loc_back.get(k, k): v for k, v in rec["location"].items()}
            if isinstance(rec.get("locations"), list):
                rec["locations"] = [{loc_back.get(k, k): v for k, v in x.items()} if isinstance(x, dict) else x
                                    for x in rec["locations"]]
            recs.append(rec)
        out[kind] = recs
    return out


def _schema_version() -> str:
    schema = json.dumps(WIRE_SCHEMA, sort_keys=True, ensure_ascii=False)
    fields = json.dumps(WIRE_FIELDS, sort_keys=True)
    digest = hashlib.sha256(f"{schema}\n{fields}\n{FIELD_LEGEND}\nrepair-v1".encode()).hexdigest()[:8]
    return f"{SCHEMA_VERSION}.{digest}"


RESPONSE_SCHEMA_VERSION = _schema_version()
"""Changes whenever the records schema or the response model changes (part of cache keys)."""
