"""Isolation JSON API (mounted under /api): door-sensor events (门磁) that become the grid worker's tasks,
the capacity board and forecast, a stay's day counter. Services check role and audit; this only maps."""

from __future__ import annotations

from datetime import date, datetime

from fastapi import APIRouter
from pydantic import BaseModel, Field

from fangkong.core import clock
from fangkong.isolation import service
from fangkong.web.deps import ApiActor, DbSession

router = APIRouter(tags=["isolation"])


class DoorEventIn(BaseModel):
    sensor: str = Field(min_length=1, max_length=32, description="the sensor's code, as bound to the home stay")
    event: str = Field(description="opened | offline")
    at: datetime | None = Field(default=None, description="when the sensor saw it (default: now)")


class TaskOut(BaseModel):
    id: int
    kind: str
    stay_id: int
    grid_id: int | None
    detail: str
    created_at: datetime
    handled_at: datetime | None


@router.post("/isolation/door-events", response_model=TaskOut, summary="A door sensor's event → a grid task")
def door_event(body: DoorEventIn, db: DbSession, actor: ApiActor) -> TaskOut:
    task = service.door_event(db, actor, sensor=body.sensor, event=body.event, at=body.at)
    return TaskOut(id=task.id, kind=task.kind, stay_id=task.stay_id, grid_id=task.grid_id, detail=task.detail,
                   created_at=task.created_at, handled_at=task.handled_at)


class SiteCapacityOut(BaseModel):
    site_id: int
    name: str
    kind: str
    state: str
    rooms: int
    free: int
    occupied: int
    disinfection: int
    out_of_service: int
    guests: int
    leaving_today: int
    leaving_tomorrow: int


class ForecastDayOut(BaseModel):
    day: date
    demand: int
    available: int
    short: bool


class CapacityOut(BaseModel):
    city: SiteCapacityOut
    sites: list[SiteCapacityOut]
    reserve_rooms: int
    forecast: list[ForecastDayOut]
    assumptions: dict[str, float | int | str]
    alert_day: date | None


@router.get("/isolation/capacity", response_model=CapacityOut, summary="Capacity board and 7-day forecast")
def capacity(db: DbSession, actor: ApiActor) -> CapacityOut:
    now = clock.now()
    board = service.board(db, actor, now=now)
    forecast = service.forecast(db, actor, now=now)
    return CapacityOut(city=SiteCapacityOut(**vars(board.city)),
                       sites=[SiteCapacityOut(**vars(s)) for s in board.sites], reserve_rooms=board.reserve_rooms,
                       forecast=[ForecastDayOut(**vars(d)) for d in forecast.days],
                       assumptions=forecast.assumptions, alert_day=forecast.alert_day)


class StayOut(BaseModel):
    id: int
    person_id: int
    kind: str
    group: str
    policy: str
    day: int
    planned_days: int
    test_days: list[int]
    results: dict[int, str]
    state: str
    site_id: int | None
    room: str
    test_due_today: bool
    release_due: bool


@router.get("/isolation/stays/{stay_id}", response_model=StayOut, summary="A stay with its day counter and tests")
def stay(stay_id: int, db: DbSession, actor: ApiActor) -> StayOut:
    return StayOut(**service.as_dict(service.stay_info(db, actor, stay_id)))
