"""Demo accounts: one login per role of SYSTEM.md, all with the password DEMO_PASSWORD.

``generate_city`` creates them (through ``core.auth.create_account``) next to one grid-worker
account per grid (``grid-<grid code>``, same password). The grid-worker demo login ``grid`` is a
second account on the first grid of 光华街社区 (the grid of seed 002's door notes), so the demo's
username stays short while that grid's ``grid-<code>`` account exists like every other grid's.
``grid2`` works the second grid of the same community: the neighbour whose households ``grid``
must not see.

``load_history`` gives a new demo city its 2022: the synthetic notices of ``drill/notices/`` (places
of every generated city: the compounds named in the newspaper pages) are drafted, resolved and
published in date order, under the policy of their day (April: 封控区/管控区/防范区; July and August:
the ninth edition's high/medium; November and December: the twenty measures), and the case reports of
``cases.json`` are recorded, one of which delays an automatic lifting.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import auth
from fangkong.core.db import transaction
from fangkong.core.models import Account
from fangkong.core.roles import ROLE_LABELS, Role
from fangkong.registry.models import Person, Place, Venue

DEMO_PASSWORD = "fangkong-demo"
# In the order the demo prints them.
DEMO_USERNAMES: tuple[str, ...] = (
    "commander", "district", "street", "grid", "grid2", "sampler", "lab", "epidemiologist", "quarantine",
    "checkpoint", "property", "resident", "hotline", "auditor",
)


@dataclass(frozen=True)
class DemoTargets:
    """Ids of the places and venues the demo accounts answer for (found by the generator)."""

    district: int  # 万柏林区
    street: int  # 杨家峪街道 (杏花岭区)
    community: int  # 光华街社区 (万柏林区小井峪街道)
    grid: int  # 光华街社区第1网格
    grid2: int  # 光华街社区第2网格
    compound: int  # 电子二所家属楼, in the first grid
    sampling_site: int  # 光华街社区核酸采样点
    lab: int  # the air-film lab of 聚海通工业园
    quarantine_hotel: int  # a quarantine hotel of 万柏林区
    checkpoint: int  # 阳曲高速口, a first landing point of seed 001
    resident: int  # an adult living in the first grid


@dataclass(frozen=True)
class DemoLogin:
    role_label: str  # "网格员 Grid worker"
    username: str
    jurisdiction: str


def password_hash() -> str:
    """The demo password hashed for one generated account: its own salt (no two accounts share a hash, so a
    table dump does not show who shares a password), in core.auth's light profile: the password is public."""
    return auth.light_hash(DEMO_PASSWORD)


def create_demo_accounts(db: Session, targets: DemoTargets) -> int:
    """Create the demo logins; returns how many. The caller owns the transaction."""
    resident = db.get(Person, targets.resident)
    specs: list[tuple[str, Role, str, int | None, int | None, int | None]] = [
        # username, role, display name, jurisdiction, person, venue
        ("commander", Role.COMMANDER, "市防控办值班长（演示）", None, None, None),
        ("district", Role.DISTRICT_STAFF, "万柏林区防控办（演示）", targets.district, None, None),
        ("street", Role.DISTRICT_STAFF, "杨家峪街道防控办（演示）", targets.street, None, None),
        ("grid", Role.GRID_WORKER, "光华街社区网格员（演示）", targets.grid, None, None),
        ("grid2", Role.GRID_WORKER, "网格员（光华街社区第2网格，演示）", targets.grid2, None, None),
        ("sampler", Role.SAMPLER, "光华街社区采样员（演示）", targets.community, None, targets.sampling_site),
        # Venue-bound staff serve arrivals from the whole city: no place jurisdiction.
        ("lab", Role.LAB, "气膜方舱实验室（演示）", None, None, targets.lab),
        ("epidemiologist", Role.EPIDEMIOLOGIST, "市流调专班（演示）", None, None, None),
        ("quarantine", Role.QUARANTINE_STAFF, "隔离酒店专班（演示）", None, None, targets.quarantine_hotel),
        ("checkpoint", Role.CHECKPOINT_STAFF, "高速卡口值守（演示）", None, None, targets.checkpoint),
        ("property", Role.PROPERTY_VOLUNTEER, "电子二所家属楼物业（演示）", targets.compound, None, None),
        ("resident", Role.RESIDENT, resident.name if resident else "市民（演示）", None, targets.resident,
         None),
        ("hotline", Role.HOTLINE_OPERATOR, "12345市民热线接线员（演示）", None, None, None),
        ("auditor", Role.AUDITOR, "市督查组（演示）", None, None, None),
    ]
    assert [s[0] for s in specs] == list(DEMO_USERNAMES)
    for username, role, display_name, jurisdiction, person, venue in specs:
        auth.create_account(db, username=username, password_hash=password_hash(), role=role.value,
                            display_name=display_name, jurisdiction_id=jurisdiction, person_id=person,
                            venue_id=venue)
    return len(specs)


def _role_label(role: str) -> str:
    zh, en = ROLE_LABELS[Role(role)]
    return f"{zh} {en}"


def demo_logins(url: str) -> list[DemoLogin]:
    """The demo accounts present in the database, in a fixed order, for `fangkong demo` to print."""
    with transaction(url) as db:
        query = select(Account).where(Account.username.in_(DEMO_USERNAMES))
        accounts = {a.username: a for a in db.scalars(query)}
        logins: list[DemoLogin] = []
        for username in DEMO_USERNAMES:
            account = accounts.get(username)
            if account is None:
                continue
            logins.append(DemoLogin(_role_label(account.role), username, _jurisdiction(db, account)))
        return logins


def _jurisdiction(db: Session, account: Account) -> str:
    parts: list[str] = []
    if account.jurisdiction_id is not None:
        place = db.get(Place, account.jurisdiction_id)
        if place is not None:
            district = db.get(Place, place.district_id) if place.district_id != place.id else None
            parts.append(f"{district.name} {place.name}" if district else place.name)
    if account.venue_id is not None:
        venue = db.get(Venue, account.venue_id)
        if venue is not None:
            parts.append(venue.name)
    if account.person_id is not None:
        parts.append("本人信息 own record")
    return " · ".join(parts) or "全市 City-wide"


# ---- the demo's history: notices of 2022 and a case report ------------------------------------------

DEMO_NOTICES = Path(__file__).parent / "notices"


@dataclass
class HistoryReport:
    notices: int = 0
    published: int = 0
    review: int = 0  # places left for review (their notice stays a draft)
    cases: int = 0
    skipped: list[str] = field(default_factory=list)


def load_history(url: str, folder: Path = DEMO_NOTICES) -> HistoryReport:
    """Load and publish the demo notices in date order, then record the demo case reports. Everything
    goes through the areas, registry and tracing services as the system actor (audited), in one
    transaction: all of it or nothing."""
    from fangkong.areas.flows import date_order, load_notice
    from fangkong.core.scope import system_actor
    from fangkong.core.textio import decode_bytes
    from fangkong.registry import service as registry
    from fangkong.tracing import flows as tracing

    actor = system_actor("demo history")
    report = HistoryReport()
    texts = [(path.name, decode_bytes(path.read_bytes())) for path in sorted(folder.glob("*.txt"))]
    with transaction(url) as db:
        for name, text in date_order(texts):
            loaded = load_notice(db, actor, name, text, publish=True)
            if loaded.skipped:
                report.skipped.append(name)
                continue
            report.notices += 1
            report.published += loaded.published
            report.review += loaded.review
        cases_file = folder / "cases.json"
        cases = json.loads(cases_file.read_text(encoding="utf-8"))["cases"] if cases_file.exists() else []
        if not report.notices:
            cases = []  # the history is here already: its cases too
        districts = {d.name: d.id for d in registry.districts(db)}
        for item in cases:
            level = item.get("level", "building")
            found = registry.places_by_norm(db, districts.get(item["district"]), {item["place"]}, levels=(level,))
            places = found.get(item["place"], [])
            if len(places) != 1:
                report.skipped.append(f"{item['district']}{item['place']}")
                continue
            residents = registry.residents_under(db, actor, {level: {places[0].id}}, purpose="demo case report")
            if not residents:
                report.skipped.append(f"{item['district']}{item['place']}")
                continue
            person = min(r.person_id for r in residents)
            tracing.record_case(db, actor, person_id=person, kind=item["kind"],
                                reported_at=datetime.fromisoformat(item["at"]), source=item.get("source", ""))
            report.cases += 1
    return report


@dataclass
class TodayReport:
    sites: int
    labs: int
    key_group_members: int
    round_id: int | None
    coded: int  # persons whose code is not plain green


def seed_today(url: str) -> TodayReport | None:
    """Give the demo city its present: sampling sites and labs, key-group schedules, today's district
    round (drill/testing_demo.py), then every code computed from the facts, in one transaction.
    None when the city has its sampling sites already (a database of an earlier run)."""
    from sqlalchemy import func

    from fangkong.codes import service as codes
    from fangkong.core import clock
    from fangkong.drill.isolation_demo import seed_isolation
    from fangkong.drill.support_demo import seed_support
    from fangkong.drill.testing_demo import seed_testing
    from fangkong.drill.tracing_demo import seed_tracing
    from fangkong.testing.models import SamplingSite

    with transaction(url) as db:  # its own check: a database of an earlier run gets its sites too
        seed_isolation(db, now=clock.now())
    with transaction(url) as db:
        if db.scalar(select(func.count()).select_from(SamplingSite)):
            return None
        now = clock.now()
        seeded = seed_testing(db, now=now)
        seed_support(db, now=now)
        seed_tracing(db, now=now)
        coded = codes.recompute(db, now=now)
    return TodayReport(seeded.sites, seeded.labs, seeded.key_group_members, seeded.round_id, coded)
