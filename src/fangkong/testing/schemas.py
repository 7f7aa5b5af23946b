"""Request and response models of the testing JSON API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class TubeIn(BaseModel):
    barcode: str = Field(description="The tube's barcode as scanned")
    site_id: int | None = Field(None, description="Default: the sampler's site")
    round_id: int | None = Field(None, description="Default: the first round under way (none for recall tubes)")
    pool_size: int | None = Field(None, description="1, 5, 10 or 20; default the round's or site's")
    purpose: str | None = Field(None, description="round | late (a round closed earlier today) | routine | recall")


class TubeOut(BaseModel):
    barcode: str
    state: str
    pool_size: int
    members: int
    round_id: int | None
    sealed_at: datetime | None


class PersonIn(BaseModel):
    person: str = Field(description="A health-code token as scanned, or an identity number")
    confirm_repeat: bool = Field(False, description="The person was already sampled today (422 said so): "
                                 "sample them again anyway")


class SampleOut(BaseModel):
    tube: TubeOut
    person_id: int
    name: str = Field(description="Masked")
    sealed: bool = Field(description="This swab filled the tube, which is now sealed")


class RowErrorOut(BaseModel):
    row: int
    column: str
    value: str
    message: str


class ImportOut(BaseModel):
    file_id: int | None
    rows: int
    applied: int
    positive_tubes: int
    duplicate: bool
    recalls_created: int
    recalls_closed: int
    cases: int
    errors: list[RowErrorOut] = []


class CoverageRowOut(BaseModel):
    id: int | None
    level: str
    name: str
    target: int
    sampled: int
    missing: int
    exempt: int
    home_requested: int
    households: int
    households_done: int
    door_notes: int


class CoverageOut(BaseModel):
    round_id: int
    total: CoverageRowOut
    rows: list[CoverageRowOut]


class NoteIn(BaseModel):
    kind: str = Field(description="door_note | home_sampling | exemption")
    persons_on_note: int | None = Field(None, description="Door note: the number written on it")
    reason: str = ""
    person_ids: list[int] | None = Field(None, description="Default: every unsampled member of the round")
    note: str = ""


class NoteOut(BaseModel):
    id: int
    kind: str
    household_id: int
    members: int
    sampled: int
