"""What the support services share: the policy's targets, permission checks, where a person lives and
which places are sealed now (from the risk areas' replay)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.areas import service as areas
from fangkong.core.errors import InvalidInput, PermissionDenied
from fangkong.core.scope import Actor
from fangkong.registry import service as registry

_DEFAULT_TARGET = (3, 120, 1440)
WHERE_COLUMNS = ("district_id", "street_id", "community_id", "grid_id", "compound_id", "building_id", "unit_id")


@dataclass(frozen=True)
class SupportPolicy:
    sealed_levels: tuple[str, ...]
    escalation_step_minutes: int
    daily_check_by_hour: int
    raising_categories: frozenset[str]
    targets: dict[str, tuple[int, int, int]]  # kind -> (priority, ack minutes, fulfil minutes)

    def target(self, kind: str) -> tuple[int, int, int]:
        return self.targets.get(kind, self.targets.get("other", _DEFAULT_TARGET))


def support_policy(moment: datetime) -> SupportPolicy:
    """The `[support]` table of the policy in force at a moment (docs/policies.md), read when it applies."""
    policy = policies.in_force(moment)
    found: dict[str, Any] = policy.extra.get("support", {})
    strictest = max(policy.levels, key=lambda level: level.severity).key
    return SupportPolicy(
        sealed_levels=tuple(found.get("sealed_levels", [strictest])),
        escalation_step_minutes=int(found.get("escalation_step_minutes", 60)),
        daily_check_by_hour=int(found.get("daily_check_by_hour", 18)),
        raising_categories=frozenset(found.get("raising_categories", [])),
        targets={kind: (int(v[0]), int(v[1]), int(v[2])) for kind, v in found.get("targets", {}).items()},
    )


def require_scope(actor: Actor, row: Any) -> None:
    if not actor.covers(row):
        raise PermissionDenied("不在您的管辖范围内", "Outside your jurisdiction")


def where_of(location: Any) -> dict[str, int | None]:
    """The ancestor ids of a person's home or a place, for a support row."""
    return {column: getattr(location, column, None) for column in WHERE_COLUMNS}


def clean_text(value: str | None, limit: int, *, what_zh: str = "", what_en: str = "", required: bool = False) -> str:
    text = " ".join((value or "").split())
    if required and not text:
        raise InvalidInput(f"请填写{what_zh}", f"Please give {what_en}")
    if len(text) > limit:
        raise InvalidInput(f"{what_zh}不能超过 {limit} 字", f"{what_en} is longer than {limit} characters")
    return text


@dataclass(frozen=True)
class SealedArea:
    place_id: int
    level: str  # the place's level in the tree (unit, building, compound, community, ...)
    exclusions: tuple[tuple[int, str], ...]
    notice_id: int | None


def sealed_areas(db: Session, now: datetime) -> list[SealedArea]:
    """Registry places sealed at a moment (their risk level is one of the policy's sealed levels)."""
    sealed = set(support_policy(now).sealed_levels)
    found = []
    for area in areas.replay(db, now):
        if area.place_id and area.place_level and area.level in sealed and area.active_at(now):
            notice = area.current.notice_id if area.current else None
            found.append(SealedArea(area.place_id, area.place_level, tuple(area.exclusions), notice))
    return found


def is_sealed(location: Any, sealed: list[SealedArea]) -> bool:
    """Does the home (a ResidentLocation, or anything with ancestor ids) lie in a sealed area?"""
    for area in sealed:
        inside = getattr(location, f"{area.level}_id", None) == area.place_id
        if inside and not any(getattr(location, f"{level}_id", None) == place_id
                              for place_id, level in area.exclusions):
            return True
    return False


def sealed_compounds(db: Session, sealed: list[SealedArea]) -> dict[int, int | None]:
    """Compounds that contain a sealed place -> the notice that sealed it (a wider area seals every compound
    under it). A few queries for any number of areas."""
    refs = registry.place_refs(db, {a.place_id for a in sealed})
    compounds: dict[int, int | None] = {}
    wide: dict[str, dict[int, int | None]] = {}
    for area in sealed:
        ref = refs.get(area.place_id)
        if ref is None:
            continue
        if area.level in ("compound", "building", "unit"):
            compound_id = area.place_id if area.level == "compound" else ref.compound_id
            if compound_id:
                compounds.setdefault(compound_id, area.notice_id)
        else:
            wide.setdefault(area.level, {})[area.place_id] = area.notice_id
    for level, places in wide.items():
        for district_id in {refs[p].district_id for p in places if refs[p].district_id}:
            for compound in registry.places_at_levels(db, district_id, ("compound",)):
                # A compound's parent is its grid; the other levels are its ancestor columns.
                column = compound.parent_id if level == "grid" else getattr(compound, f"{level}_id", None)
                if column in places:
                    compounds.setdefault(compound.id, places[column])
    return compounds

