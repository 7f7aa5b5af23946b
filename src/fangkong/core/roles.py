"""Roles of SYSTEM.md and what each may do. Scope (which places) is checked separately."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from fangkong.core.errors import PermissionDenied


class Role(StrEnum):
    COMMANDER = "commander"  # 指挥部 / 防控办 (city-wide when no jurisdiction)
    DISTRICT_STAFF = "district_staff"  # 县(市、区) / 街乡 staff
    GRID_WORKER = "grid_worker"  # 网格员
    SAMPLER = "sampler"  # 采样员
    LAB = "lab"  # 检测机构
    EPIDEMIOLOGIST = "epidemiologist"  # 流调员
    QUARANTINE_STAFF = "quarantine_staff"  # 隔离酒店 / 转运专班
    CHECKPOINT_STAFF = "checkpoint_staff"  # 卡口 / 场所 (数字哨兵)
    PROPERTY_VOLUNTEER = "property_volunteer"  # 物业 / 志愿者
    RESIDENT = "resident"  # 市民
    AUDITOR = "auditor"  # 督查


ROLE_LABELS = {
    Role.COMMANDER: ("指挥部/防控办", "Commander / prevention office"),
    Role.DISTRICT_STAFF: ("县区/街乡工作人员", "District / street staff"),
    Role.GRID_WORKER: ("网格员", "Grid worker"),
    Role.SAMPLER: ("采样员", "Sampler"),
    Role.LAB: ("检测机构", "Laboratory"),
    Role.EPIDEMIOLOGIST: ("流调员", "Epidemiologist"),
    Role.QUARANTINE_STAFF: ("隔离/转运专班", "Quarantine / transfer staff"),
    Role.CHECKPOINT_STAFF: ("卡口/场所工作人员", "Checkpoint / venue staff"),
    Role.PROPERTY_VOLUNTEER: ("物业/志愿者", "Property / volunteer"),
    Role.RESIDENT: ("市民", "Resident"),
    Role.AUDITOR: ("督查", "Auditor"),
}


class Permission(StrEnum):
    REGISTRY_READ = "registry.read"  # browse places, households, persons (masked)
    PERSON_FULL = "person.full"  # see identity and phone numbers in full (an audited read)
    REGISTRY_WRITE = "registry.write"  # create / change persons and places, imports
    AUDIT_READ = "audit.read"  # search the audit log
    SELF_READ = "self.read"  # a resident's own record
    NOTICE_WRITE = "notice.write"  # draft, resolve and publish risk-area notices
    AREAS_READ = "areas.read"  # risk areas with their registry matches and review queue
    CASE_WRITE = "case.write"  # record a confirmed or asymptomatic infection
    TESTING_READ = "testing.read"  # rounds, turnaround, recalls, coverage (within jurisdiction)
    TESTING_MANAGE = "testing.manage"  # rounds, schedules, sampling sites, labs, home-sampling lists
    TESTING_SAMPLE = "testing.sample"  # fill tubes at a sampling site
    TESTING_RESULTS = "testing.results"  # upload a lab's result files, receive batches
    COVERAGE_WRITE = "coverage.write"  # door-note confirmations, home-sampling requests, exemptions
    CODES_READ = "codes.read"  # a person's code with its reasons and evidence
    OVERRIDE_REQUEST = "codes.override.request"  # ask for a manual colour (needs a second approver)
    OVERRIDE_APPROVE = "codes.override.approve"  # approve someone else's override request
    SENTINEL_CHECK = "codes.check"  # check codes at a venue or checkpoint (数字哨兵)
    ISOLATION_WRITE = "isolation.write"  # record quarantine stays and home monitoring
    # Reserved for the domains being added (tracing, isolation, support, command); each domain's issue
    # decides who gets them beyond the first grants below.
    TRACING_READ = "tracing.read"  # cases, investigations, trajectories, candidates, chains (in jurisdiction)
    TRAJECTORY_APPROVE = "tracing.approve"  # approve an anonymised trajectory for the public page
    ISOLATION_REQUEST = "isolation.request"  # ask for a person's quarantine or transfer (another domain's flow)
    ISOLATION_READ = "isolation.read"  # sites, rooms, stays, transfers, capacity
    ISOLATION_MANAGE = "isolation.manage"  # site lifecycle (reserve, requisition, vacate), capacity plans
    SUPPORT_REQUEST = "support.request"  # file a help request (resident for self; staff for someone)
    SUPPORT_FULFIL = "support.fulfil"  # accept, deliver, group orders, gate rota (property, volunteers)
    SUPPORT_MANAGE = "support.manage"  # vulnerable-resident lists, daily checks, access plans, overview
    COMMAND_READ = "command.read"  # the command dashboard and assessment


_ALL_STAFF_READ = {Permission.REGISTRY_READ}

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COMMANDER: frozenset(
        {Permission.REGISTRY_READ, Permission.PERSON_FULL, Permission.REGISTRY_WRITE, Permission.AUDIT_READ,
         Permission.NOTICE_WRITE, Permission.AREAS_READ, Permission.CASE_WRITE,
         Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.CODES_READ,
         Permission.OVERRIDE_REQUEST, Permission.OVERRIDE_APPROVE, Permission.ISOLATION_WRITE}
    ),
    Role.DISTRICT_STAFF: frozenset(
        {Permission.REGISTRY_READ, Permission.PERSON_FULL, Permission.REGISTRY_WRITE, Permission.AREAS_READ,
         Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.COVERAGE_WRITE, Permission.CODES_READ,
         Permission.OVERRIDE_REQUEST}
    ),
    # Grid workers phone residents and correct their grid's records: full numbers, own grid only.
    Role.GRID_WORKER: frozenset({Permission.REGISTRY_READ, Permission.PERSON_FULL, Permission.REGISTRY_WRITE,
                                 Permission.TESTING_READ, Permission.COVERAGE_WRITE, Permission.CODES_READ}),
    Role.SAMPLER: frozenset(_ALL_STAFF_READ | {Permission.TESTING_SAMPLE}),
    Role.LAB: frozenset({Permission.TESTING_RESULTS}),
    Role.EPIDEMIOLOGIST: frozenset(
        {Permission.REGISTRY_READ, Permission.PERSON_FULL, Permission.AREAS_READ, Permission.CASE_WRITE,
         Permission.TESTING_READ, Permission.CODES_READ, Permission.OVERRIDE_REQUEST, Permission.OVERRIDE_APPROVE,
         Permission.ISOLATION_WRITE}
    ),
    Role.QUARANTINE_STAFF: frozenset(_ALL_STAFF_READ | {Permission.ISOLATION_WRITE}),
    Role.CHECKPOINT_STAFF: frozenset({Permission.SENTINEL_CHECK}),
    Role.PROPERTY_VOLUNTEER: frozenset(_ALL_STAFF_READ),
    Role.RESIDENT: frozenset({Permission.SELF_READ}),
    Role.AUDITOR: frozenset({Permission.AUDIT_READ}),
}


# Grants of the domains being added, one line per role so each domain's change stays a line of its own.
_NEW_DOMAIN_GRANTS: dict[Role, set[Permission]] = {
    Role.COMMANDER: {Permission.TRACING_READ, Permission.TRAJECTORY_APPROVE, Permission.ISOLATION_REQUEST,
                     Permission.ISOLATION_READ, Permission.ISOLATION_MANAGE, Permission.SUPPORT_REQUEST,
                     Permission.SUPPORT_MANAGE, Permission.COMMAND_READ},
    Role.DISTRICT_STAFF: {Permission.TRACING_READ, Permission.ISOLATION_REQUEST, Permission.ISOLATION_READ,
                          Permission.ISOLATION_MANAGE, Permission.SUPPORT_REQUEST, Permission.SUPPORT_MANAGE,
                          Permission.COMMAND_READ},
    Role.GRID_WORKER: {Permission.TRACING_READ, Permission.ISOLATION_READ, Permission.SUPPORT_REQUEST,
                       Permission.SUPPORT_MANAGE},
    Role.EPIDEMIOLOGIST: {Permission.TRACING_READ, Permission.ISOLATION_REQUEST, Permission.ISOLATION_READ},
    Role.QUARANTINE_STAFF: {Permission.ISOLATION_READ, Permission.ISOLATION_REQUEST},
    Role.PROPERTY_VOLUNTEER: {Permission.SUPPORT_FULFIL},
    Role.RESIDENT: {Permission.SUPPORT_REQUEST},
}
PERMISSIONS = {role: granted | _NEW_DOMAIN_GRANTS.get(role, set()) for role, granted in PERMISSIONS.items()}


def has_permission(role: str, permission: Permission) -> bool:
    return permission in PERMISSIONS.get(Role(role), frozenset())


class _HasRole(Protocol):
    role: str


def require(actor: _HasRole, permission: Permission, zh: str = "您的角色无权进行此操作",
            en: str = "Your role may not do this") -> None:
    """Refuse (PermissionDenied, zh / en) unless the actor's role has the permission: the one check every
    service starts with."""
    if not has_permission(actor.role, permission):
        raise PermissionDenied(zh, en)


def require_any(actor: _HasRole, *permissions: Permission, zh: str = "您的角色无此权限", en: str = "") -> None:
    """Refuse unless the actor's role has at least one of the permissions. The English message names them
    unless `en` is given."""
    if not any(has_permission(actor.role, p) for p in permissions):
        raise PermissionDenied(zh, en or f"Your role may not do this ({', '.join(p.value for p in permissions)})")
