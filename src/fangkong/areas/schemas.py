"""Request and response models of the risk-area API. Places and levels only: no person appears here,
the impact of a notice is a count."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class NoticeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    issuer: str
    number: str = Field(examples=["2022年第198号"])
    title: str
    published: datetime | None = Field(description="As the notice states it")
    effective: datetime
    state: str = Field(description="draft | published | withdrawn")
    policy_key: str = Field(description="The policy in force at the effective time")
    created_by: str
    created_at: datetime
    published_by: str | None
    published_at: datetime | None


class NoticeSummaryOut(NoticeOut):
    counts: dict[str, int] = Field(description="Places per state: matched, review, block")


class CandidateOut(BaseModel):
    place_id: int | None = None
    venue_id: int | None = None
    label: str
    level: str
    kind: str
    score: float


class NoticePlaceOut(BaseModel):
    id: int
    seq: int
    text: str = Field(description="As written, exception clause included")
    base_text: str
    state: str = Field(description="matched (applies) | review (waits for a person) | block (free-form area)")
    place_id: int | None
    venue_id: int | None
    level: str | None = Field(description="The matched place's level (unit ... district) or 'venue'")
    match_kind: str | None
    confidence: float
    label: str
    note: str
    candidates: list[CandidateOut]
    exclusions: list[dict[str, Any]] = Field(description="[{text, place_id}] taken out of the area")


class ChangeOut(BaseModel):
    id: int
    action: str = Field(description="add | lift | upgrade | downgrade | set")
    level_from: str | None
    level_to: str | None
    district: str | None
    stated_count: int | None
    places: list[NoticePlaceOut]


class ImpactOut(BaseModel):
    places: int
    persons: int = Field(description="Residents of the notice's places (exceptions taken out)")
    persons_by_level: dict[str, int]


class NoticeDetailOut(NoticeOut):
    text: str
    warnings: list[str] = Field(description="Where the parse disagrees with the text, e.g. a stated count")
    counts: dict[str, int]
    changes: list[ChangeOut]
    impact: ImpactOut | None = Field(default=None, description="For a published notice")


class DraftIn(BaseModel):
    text: str = Field(min_length=1, max_length=2_000_000, description="The notice as published")
    default_year: int | None = Field(default=None, ge=2019, le=2100,
                                     description="Year for dates written without one (default: this year)")
    guess: bool = Field(default=False, description="Where the rules find no list, let the statistical tagger "
                                                   "guess the places (decision 0024); each is reviewed")


class BuildChangeIn(BaseModel):
    action: str = Field(examples=["add"])
    level_from: str | None = None
    level_to: str | None = Field(default=None, examples=["high"])
    district: str | None = Field(default=None, examples=["小店区"])
    places: list[str] = Field(min_length=1)


class BuildIn(BaseModel):
    issuer: str = Field(default="", description="Empty: the city's usual issuer")
    number: str = ""
    effective: datetime | None = Field(default=None, description="Default: now")
    changes: list[BuildChangeIn] = Field(min_length=1)


class CreatePlaceIn(BaseModel):
    parent_id: int
    level: str = Field(examples=["building"], description="One level below the parent")
    name: str = Field(min_length=1, max_length=200)


class ResolveIn(BaseModel):
    """Exactly one of: a registry place, a venue, a new place, a free-form block, or left out (no area)."""

    place_id: int | None = None
    venue_id: int | None = None
    block: bool = False
    drop: bool = False
    create: CreatePlaceIn | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> ResolveIn:
        chosen = sum(x for x in (self.place_id is not None, self.venue_id is not None, self.block, self.drop,
                                 self.create is not None))
        if chosen != 1:
            raise ValueError("give exactly one of place_id, venue_id, block=true, drop=true, create")
        return self


class StepOut(BaseModel):
    at: datetime
    level: str | None = Field(description="None: the area ended")
    cause: str = Field(description="notice | lifting")
    notice_id: int | None
    notice_number: str
    reason: str = Field(description="In the request's language")


class AreaOut(BaseModel):
    label: str
    level: str | None
    district: str | None
    place_id: int | None
    place_level: str | None
    venue_id: int | None
    since: datetime | None = Field(description="When the current level began")
    lift_expected: datetime | None = Field(
        description="When the policy would step the area down if no new infection is reported")
    notice_numbers: list[str]


class ActiveAreasOut(BaseModel):
    at: datetime
    policy: str
    district: str | None
    total: int
    by_level: dict[str, int]
    areas: list[AreaOut]


class PlaceHistoryOut(BaseModel):
    place_id: int
    label: str
    at: datetime
    steps: list[StepOut]


class PublicNoticeOut(BaseModel):
    id: int
    issuer: str
    number: str
    title: str
    effective: datetime
    published_at: datetime | None


class PublicNoticeTextOut(PublicNoticeOut):
    text: str
