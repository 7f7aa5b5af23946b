"""Response models of the registry API (and /api/me, /api/audit). Masking is the service's job:
these models carry whatever the service returned, with `masked` saying which it was."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field


class _FromAttributes(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class JurisdictionOut(_FromAttributes):
    id: int
    level: str | None
    name: str


class MeOut(BaseModel):
    username: str
    display_name: str
    role: str
    role_label: str = Field(description="In the request's language (Accept-Language or the lang cookie)")
    permissions: list[str]
    jurisdiction: JurisdictionOut | None = Field(description="None: city-wide (or a resident)")
    person_id: int | None
    venue_id: int | None


class PlaceOut(_FromAttributes):
    id: int
    parent_id: int | None
    level: str = Field(examples=["grid"],
                       description="district, street, community, grid, compound, building, unit")
    kind: str
    name: str
    code: str | None


class PlaceCountOut(PlaceOut):
    persons: int = Field(description="Persons living under this place")


class PlaceDetailOut(PlaceOut):
    persons: int
    ancestors: list[PlaceOut] = Field(description="From the district down to this place (inclusive)")


class PersonOut(_FromAttributes):
    id: int
    name: str
    id_number: str
    sex: str = Field(description="M or F")
    birth_date: date | None = Field(description="None when masked: with the region code and the last four "
                                    "digits it would give the masked number back")
    age: int
    phone: str
    household_id: int | None
    unit_id: int | None
    grid_id: int | None
    masked: bool = Field(description="True: name, identity and phone numbers are masked")


class HouseholdOut(_FromAttributes):
    id: int
    door: str
    unit_id: int
    address: str
    members: list[PersonOut]


class HouseholdPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[HouseholdOut]


class AuditEntryOut(_FromAttributes):
    id: int
    at: datetime
    account_id: int | None
    username: str
    role: str
    action: str
    subject_type: str
    subject_id: str | None
    detail: str
    reason: str


class AuditPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[AuditEntryOut]


class ErrorOut(BaseModel):
    detail: str = Field(description="The message, in the request's language")
    error: str = Field(description="The error class, e.g. PermissionDenied")
