"""The four record types and the per-document extraction result.

Field names are the output contract of DOMAIN.md: other tools read them. Add fields
freely; rename none. The field descriptions double as the instructions an LLM reads.
A record without a citation is invalid; a citation whose quote is not the document's
text at its span is invalid when the document text is passed in the validation
context (``model_validate(obj, context={"text": text})``).
"""

from __future__ import annotations

import re
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from marsad.schemas.citation import Citation

__all__ = [
    "SCHEMA_VERSION",
    "ActorType",
    "AttackType",
    "DatePrecision",
    "RoomStatus",
    "AgreementStatus",
    "Location",
    "Actor",
    "Attack",
    "JointRoom",
    "Agreement",
    "DocumentRecords",
    "RECORD_TYPES",
    "RECORD_FIELDS",
]

SCHEMA_VERSION = "1"


class ActorType(str, Enum):
    """What kind of actor a name refers to."""

    state_military = "state_military"  # Iraqi army, air force, commands of the MoD / JOC
    police = "police"  # federal police, local police, interior ministry forces
    paramilitary = "paramilitary"  # PMF (الحشد الشعبي) and its brigades, tribal mobilisation
    regional_force = "regional_force"  # Kurdish Peshmerga, Zeravani, Asayish
    armed_group = "armed_group"  # ISIS and other non-state armed groups
    government_body = "government_body"  # ministries, councils, governments, committees
    official = "official"  # a named person: minister, spokesman, governor, MP, commander
    foreign_coalition = "foreign_coalition"  # international coalition, foreign states' forces
    media = "media"  # outlets and news agencies
    civilian = "civilian"  # civilians, residents, tribes as victims or parties
    other = "other"


class AttackType(str, Enum):
    """ACLED-style kind of violent event."""

    armed_assault = "armed_assault"
    ambush = "ambush"
    ied = "ied"
    car_bomb = "car_bomb"
    suicide_attack = "suicide_attack"
    assassination = "assassination"
    shelling = "shelling"
    airstrike = "airstrike"
    execution = "execution"
    kidnapping = "kidnapping"
    sniper = "sniper"
    other = "other"


class DatePrecision(str, Enum):
    """How precisely ``date`` is known: it holds YYYY-MM-DD, YYYY-MM, YYYY, or nothing."""

    day = "day"
    month = "month"
    year = "year"
    unknown = "unknown"


class RoomStatus(str, Enum):
    """Life-cycle of a joint operations room or coordination centre."""

    planned = "planned"  # proposed, agreed, announced, decided, to be opened
    established = "established"  # set up, opened, operating, activated
    suspended = "suspended"  # suspended, frozen, closed, dissolved


class AgreementStatus(str, Enum):
    """Life-cycle of an agreement."""

    proposed = "proposed"  # under discussion, proposals, understandings short of agreement
    agreed = "agreed"  # reached/signed, not yet carried out
    implementing = "implementing"  # ordered into effect, being carried out, partly carried out
    implemented = "implemented"  # completed
    stalled = "stalled"  # agreed but not carried out, frozen, cancelled
    unknown = "unknown"


_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Location(BaseModel):
    """A place as written in the article, resolved against the gazetteer when possible."""

    model_config = ConfigDict(extra="allow")

    name: str = Field(description="The place exactly as written in the article, e.g. 'قضاء الحويجة'.")
    canonical_name: str | None = Field(default=None, description="Canonical Arabic name from the gazetteer, e.g. 'الحويجة'.")
    name_en: str | None = Field(default=None, description="English name, e.g. 'Hawija'.")
    district: str | None = Field(default=None, description="District (qadaa) in English, when known.")
    governorate: str | None = Field(default=None, description="Governorate (muhafaza) in English, e.g. 'Kirkuk'.")
    lat: float | None = Field(default=None, description="Latitude (WGS84) when known from the gazetteer.")
    lon: float | None = Field(default=None, description="Longitude (WGS84) when known from the gazetteer.")
    admin_level: str | None = Field(
        default=None, description="What the place is: country, governorate, district, subdistrict, city, village, area."
    )
    country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-2 code of the place's country, e.g. 'SY' (the code annotations use)."
    )
    country_name: str | None = Field(default=None, description="The country's English name, e.g. 'Syria'.")
    geo_precision: str | None = Field(
        default=None,
        description="How precise lat/lon are: exact (the place itself), approximate (a direction of it or an "
        "area), district or governorate (an unknown village placed at its parent), country (a country's capital).",
    )


class _Dated(BaseModel):
    date: str | None = Field(
        default=None,
        description="ISO date YYYY-MM-DD, YYYY-MM or YYYY as precise as the text allows (relative dates such as "
        "'أمس' resolved against the publication date); null when it cannot be known.",
    )
    date_precision: DatePrecision = Field(
        default=DatePrecision.unknown, description="day, month, year, or unknown, matching the form of `date`."
    )
    date_text: str | None = Field(default=None, description="The date expression as written, e.g. 'فجر اليوم', '18 شباط'.")

    @field_validator("date")
    @classmethod
    def _iso(cls, v: str | None) -> str | None:
        if v is not None and not _ISO_DATE.match(v):
            raise ValueError(f"date {v!r} is not ISO YYYY, YYYY-MM or YYYY-MM-DD")
        return v


class _Record(BaseModel):
    model_config = ConfigDict(extra="allow", use_enum_values=True)

    citations: list[Citation] = Field(
        min_length=1,
        description="Evidence: one or more verbatim quotes from the article that state this record's facts.",
    )
    flags: list[str] = Field(
        default_factory=list,
        description="Quality flags set by Marsad (e.g. 'killed_not_in_citation'); not for the model to fill.",
    )


class Actor(_Record):
    """A force, body, group, outlet or person that acts or is acted upon in the article."""

    name: str = Field(description="The name exactly as written in the article, e.g. 'البيمشركة'.")
    canonical_name: str | None = Field(default=None, description="Canonical Arabic name, e.g. 'البيشمركة'.")
    name_en: str | None = Field(default=None, description="English name, e.g. 'Peshmerga'.")
    type: ActorType = Field(description="Kind of actor.")
    affiliation: str | None = Field(
        default=None, description="Parent organisation in English, e.g. a PMF brigade -> 'Popular Mobilization Forces'."
    )
    role: str | None = Field(
        default=None, description="For persons: title or position as written, e.g. 'المتحدث باسم قيادة العمليات المشتركة'."
    )
    aliases: list[str] = Field(default_factory=list, description="Other spellings of the same actor in this article.")


class Attack(_Dated, _Record):
    """A violent event: an attack, bombing, ambush, assassination, shelling or strike."""

    location: Location | None = Field(default=None, description="Where it happened; null when not stated.")
    perpetrator: str | None = Field(
        default=None, description="Who carried it out, only when the text says or attributes it; else null."
    )
    target: str | None = Field(default=None, description="Who or what was attacked, e.g. 'الشرطة الاتحادية' or 'مدنيين'.")
    attack_type: AttackType = Field(default=AttackType.other, description="Kind of attack.")
    weapons: list[str] = Field(default_factory=list, description="Weapons or means as written, e.g. 'عبوة ناسفة'.")
    killed: int | None = Field(
        default=None, ge=0,
        description="Number killed, only when the text states a number (digits or words); the most conservative "
        "figure stated. Vague quantities ('العشرات', 'عدد من') leave it null.",
    )
    injured: int | None = Field(default=None, ge=0, description="Number injured, same rule as `killed`.")
    killed_text: str | None = Field(default=None, description="The casualty phrase as written, e.g. 'مقتل 13 شرطيا'.")
    injured_text: str | None = Field(default=None, description="The injury phrase as written.")
    background: bool = Field(
        default=False, description="True when the article mentions the event as past background, not as its news."
    )


class JointRoom(_Dated, _Record):
    """A joint operations room, coordination centre or joint command HQ shared by several forces."""

    name: str | None = Field(default=None, description="How the article names it, e.g. 'غرفة عمليات مشتركة'.")
    location: Location | None = Field(default=None, description="Where the room is or will be.")
    participants: list[str] = Field(
        default_factory=list, description="Forces or bodies taking part, canonical Arabic names where known."
    )
    lead: str | None = Field(default=None, description="Who leads or commands it, when stated.")
    purpose: str | None = Field(default=None, description="Its stated purpose, as written or briefly paraphrased.")
    status: RoomStatus = Field(
        default=RoomStatus.planned,
        description="planned (proposed, agreed, announced, to be opened) / established (set up, opened, operating) / "
        "suspended.",
    )


class Agreement(_Dated, _Record):
    """An agreement between governments, ministries or forces (security, military, administrative)."""

    parties: list[str] = Field(default_factory=list, description="The parties, canonical Arabic names where known.")
    agreement_type: str | None = Field(
        default=None,
        description="Kind: security_agreement, joint_forces, security_handover, coordination, ceasefire, political, other.",
    )
    provisions: list[str] = Field(
        default_factory=list, description="What it provides for, short phrases as written (e.g. 'إنشاء لواءين مشتركين')."
    )
    locations: list[Location] = Field(default_factory=list, description="Places it covers.")
    status: AgreementStatus = Field(default=AgreementStatus.unknown, description="Where it stands.")


class DocumentRecords(BaseModel):
    """Everything extracted from one document: one JSON line of `marsad extract` output."""

    model_config = ConfigDict(extra="allow")

    doc_id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    actors: list[Actor] = Field(default_factory=list)
    attacks: list[Attack] = Field(default_factory=list)
    joint_rooms: list[JointRoom] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)


RECORD_FIELDS: dict[str, type[_Record]] = {
    "actors": Actor,
    "attacks": Attack,
    "joint_rooms": JointRoom,
    "agreements": Agreement,
}

RECORD_TYPES: tuple[str, ...] = tuple(RECORD_FIELDS)
"""The four record lists of :class:`DocumentRecords`, in output order (the one place they are named)."""
