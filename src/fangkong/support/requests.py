"""Help requests: filed by the resident, the 12345 hotline or a grid worker; priority from the kind and the
person's categories; targets to acknowledge and fulfil from the policy; accepted, in progress, delivered
with a note, confirmed. Overdue requests escalate community -> street -> district, set-based with the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, insert, literal, select, update
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, has_permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.support.common import (
    clean_text,
    is_sealed,
    require_scope,
    sealed_areas,
    support_policy,
    where_of,
)
from fangkong.support.models import (
    KINDS,
    HelpEscalation,
    HelpRequest,
    SupportTeam,
    VulnerableCategory,
)

LEVEL_COLUMNS = {1: HelpRequest.community_id, 2: HelpRequest.street_id, 3: HelpRequest.district_id}
OPEN_STATES = ("open", "accepted", "in_progress")


def _channel(actor: Actor, person_id: int) -> str:
    if actor.role == "resident":
        if actor.person_id != person_id:
            raise PermissionDenied("只能为本人求助", "You can ask for help only for yourself")
        return "self"
    return {"hotline_operator": "hotline", "grid_worker": "grid"}.get(actor.role, "staff")


def priority_for(kind: str, categories: set[str], policy_targets: tuple[int, int, int],
                 raising: frozenset[str]) -> int:
    """The kind's priority, raised by one (never above 1) for a person in a raising category."""
    base = policy_targets[0]
    return max(1, base - 1) if categories & raising else base


def file_request(db: Session, actor: Actor, *, person_id: int, kind: str, text: str = "",
                 now: datetime | None = None) -> HelpRequest:
    """A new request with its deadlines. A medical emergency is filed through `flows.file_request`, which
    adds the escalation, the transfer and the access record in the same transaction."""
    require_any(actor, Permission.SUPPORT_REQUEST)
    if kind not in KINDS:
        raise InvalidInput("请选择求助类型", f"kind must be one of {', '.join(KINDS)}")
    channel = _channel(actor, person_id)
    text = clean_text(text, 500, what_zh="求助内容", what_en="the request", required=kind == "other")
    moment = now or clock.now()
    location = registry.resident_location(db, actor, person_id, purpose="help request")
    policy = support_policy(moment)
    categories = set(db.scalars(select(VulnerableCategory.category).where(VulnerableCategory.person_id == person_id)))
    target = policy.target(kind)
    team_id = db.scalar(select(SupportTeam.id).where(SupportTeam.compound_id == location.compound_id))
    request = HelpRequest(
        person_id=person_id, kind=kind, priority=priority_for(kind, categories, target, policy.raising_categories),
        channel=channel, text=text, sealed=is_sealed(location, sealed_areas(db, moment)), team_id=team_id,
        state="open", escalation=0, filed_by=actor.username, filed_at=moment,
        ack_due=moment + timedelta(minutes=target[1]), fulfil_due=moment + timedelta(minutes=target[2]),
        due_at=moment + timedelta(minutes=target[1]), **where_of(location))
    db.add(request)
    db.flush()
    audit.record(db, actor, "write", "help_request", request.id,
                 {"person": person_id, "kind": kind, "channel": channel, "priority": request.priority})
    return request


def _get(db: Session, request_id: int) -> HelpRequest:
    request = db.get(HelpRequest, request_id)
    if request is None:
        raise NotFound("求助不存在", "No such help request")
    return request


def _for_team(db: Session, actor: Actor, request_id: int) -> HelpRequest:
    """A request the actor's team (property company or volunteers of the compound) works on."""
    require_any(actor, Permission.SUPPORT_FULFIL, Permission.SUPPORT_MANAGE)
    request = _get(db, request_id)
    require_scope(actor, request)
    return request


def _move(request: HelpRequest, allowed: tuple[str, ...], to: str) -> None:
    if request.state not in allowed:
        raise InvalidInput(f"此求助当前状态为「{request.state}」,不能改为「{to}」",
                           f"The request is {request.state}; it cannot become {to}")
    request.state = to


def accept(db: Session, actor: Actor, request_id: int) -> HelpRequest:
    """Acknowledge (接单): from now the fulfilment deadline counts."""
    request = _for_team(db, actor, request_id)
    _move(request, ("open",), "accepted")
    request.accepted_by, request.accepted_at, request.due_at = actor.username, clock.now(), request.fulfil_due
    audit.record(db, actor, "write", "help_request", request.id, {"op": "accept"})
    return request


def start(db: Session, actor: Actor, request_id: int) -> HelpRequest:
    request = _for_team(db, actor, request_id)
    _move(request, ("accepted",), "in_progress")
    request.started_at = clock.now()
    audit.record(db, actor, "write", "help_request", request.id, {"op": "start"})
    return request


def deliver(db: Session, actor: Actor, request_id: int, *, note: str) -> HelpRequest:
    """Delivered, with what was done (送达说明): nothing is closed without a fulfilment note."""
    note = clean_text(note, 500, what_zh="送达说明", what_en="a fulfilment note", required=True)
    request = _for_team(db, actor, request_id)
    if request.kind == "medical_emergency":
        raise InvalidInput("急危重症求助以收治医院结案", "A medical emergency closes with the receiving hospital")
    _move(request, ("accepted", "in_progress"), "delivered")
    request.delivered_by, request.delivered_at = actor.username, clock.now()
    request.fulfilment_note, request.due_at = note, None
    audit.record(db, actor, "write", "help_request", request.id, {"op": "deliver", "note": note})
    return request


def confirm(db: Session, actor: Actor, request_id: int) -> HelpRequest:
    """The resident (or their grid worker, for someone without a phone) confirms the help arrived."""
    request = _get(db, request_id)
    if actor.role == "resident":
        if actor.person_id != request.person_id:
            raise PermissionDenied("只能确认本人的求助", "You can confirm only your own requests")
    else:
        require_any(actor, Permission.SUPPORT_MANAGE)
        require_scope(actor, request)
    if not request.fulfilment_note:
        raise InvalidInput("没有送达说明的求助不能结案", "A request without a fulfilment note cannot be closed")
    _move(request, ("delivered",), "confirmed")
    request.confirmed_by, request.confirmed_at = actor.username, clock.now()
    audit.record(db, actor, "write", "help_request", request.id, {"op": "confirm"})
    return request


# ---- escalation: one statement per level for every overdue request ---------------------------------


def escalate_overdue(db: Session, now: datetime | None = None) -> int:
    """Raise every overdue open request to the level its lateness has reached (community at the missed
    deadline, street one step later, district two steps later), writing one notification per level
    reached. Idempotent; set-based (an indexed comparison of `due_at` with the clock). Returns rows raised."""
    moment = now or clock.now()
    step = timedelta(minutes=support_policy(moment).escalation_step_minutes)
    raised = 0
    for level, place_column in LEVEL_COLUMNS.items():
        # Closed requests have no deadline (due_at NULL), so the index on (escalation, due_at) finds
        # exactly the requests to raise.
        # `escalation IN (0, 1, ...)`, not `<`: each value is one range of the index on due_at.
        late = and_(HelpRequest.escalation.in_(list(range(level))),
                    HelpRequest.due_at <= moment - step * (level - 1))
        reason = case((HelpRequest.accepted_at.is_(None), literal("overdue_ack")), else_=literal("overdue_fulfil"))
        db.execute(insert(HelpEscalation).from_select(
            ["request_id", "level", "place_id", "reason", "note", "at"],
            select(HelpRequest.id, literal(level), place_column, reason, literal(""), literal(moment)).where(late)))
        raised += db.execute(update(HelpRequest).where(late).values(escalation=level)).rowcount or 0
    return raised


# When this process last swept each database: the lists sweep at most once a minute of the platform's clock
# (the deadlines are in minutes; `fangkong support sweep` and the explicit calls always sweep). A clock
# moved back (a drill, a test) sweeps again. A sweep lost with a rolled-back request is redone a minute later.
_SWEEP_EVERY = timedelta(minutes=1)
_last_sweep: dict[str, datetime] = {}


def sweep_if_due(db: Session, now: datetime) -> None:
    key = str(db.get_bind().url)
    last = _last_sweep.get(key)
    if last is None or now < last or now - last >= _SWEEP_EVERY:
        escalate_overdue(db, now)
        _last_sweep[key] = now


def escalate_now(db: Session, request: HelpRequest, *, level: int, reason: str, note: str = "",
                 now: datetime | None = None) -> HelpEscalation:
    """One escalation of one request at once (an emergency, a refusal)."""
    place_id = {1: request.community_id, 2: request.street_id, 3: request.district_id}[level]
    escalation = HelpEscalation(request_id=request.id, level=level, place_id=place_id, reason=reason,
                                note=note[:300], at=now or clock.now())
    db.add(escalation)
    request.escalation = max(request.escalation, level)
    db.flush()
    return escalation


# ---- lists --------------------------------------------------------------------------------------


@dataclass
class RequestRow:
    request: HelpRequest
    person: registry.PersonCard | None
    team: str
    escalations: list[HelpEscalation]

    def seconds_left(self, now: datetime) -> int | None:
        due = self.request.due_at
        return None if due is None else int((due - now).total_seconds())


def _rows(db: Session, actor: Actor, requests: list[HelpRequest], *, purpose: str,
          with_escalations: bool = False) -> list[RequestRow]:
    """Requests with their persons' cards and teams (and, for one request's page, its escalations)."""
    cards = registry.person_cards(db, actor, {r.person_id for r in requests}, purpose=purpose) if requests else {}
    team_ids = {r.team_id for r in requests if r.team_id}
    teams = {i: name for i, name in db.execute(select(SupportTeam.id, SupportTeam.name)
                                               .where(SupportTeam.id.in_(team_ids)))} if team_ids else {}
    escalations: dict[int, list[HelpEscalation]] = {r.id: [] for r in requests}
    if requests and with_escalations:
        for e in db.scalars(select(HelpEscalation).where(HelpEscalation.request_id.in_(list(escalations)))
                            .order_by(HelpEscalation.at, HelpEscalation.id)):
            escalations[e.request_id].append(e)
    return [RequestRow(r, cards.get(r.person_id), teams.get(r.team_id or 0, ""), escalations[r.id]) for r in requests]


_ORDER = (HelpRequest.priority, HelpRequest.due_at, HelpRequest.id)


def requests_in_scope(db: Session, actor: Actor, *, states: tuple[str, ...] = OPEN_STATES,
                      place_column: str | None = None, place_id: int | None = None, kind: str | None = None,
                      overdue_only: bool = False, limit: int = 100, now: datetime | None = None) -> list[RequestRow]:
    """Requests in the actor's jurisdiction (a team: its compound), most urgent first; escalation swept first."""
    require_any(actor, Permission.SUPPORT_FULFIL, Permission.SUPPORT_MANAGE)
    moment = now or clock.now()
    sweep_if_due(db, moment)
    conditions: list[Any] = [actor.scope_clause(HelpRequest), HelpRequest.state.in_(states)]
    if place_column and place_id:
        conditions.append(getattr(HelpRequest, place_column) == place_id)
    if kind:
        conditions.append(HelpRequest.kind == kind)
    if overdue_only:
        conditions.append(HelpRequest.due_at <= moment)
    requests = list(db.scalars(select(HelpRequest).where(*conditions).order_by(*_ORDER).limit(min(limit, 500))))
    audit.record(db, actor, "read", "help_request", None, {"op": "list", "rows": len(requests)})
    return _rows(db, actor, requests, purpose="help requests")


def my_requests(db: Session, actor: Actor, *, limit: int = 50, now: datetime | None = None) -> list[RequestRow]:
    """A resident's own requests; a hotline operator's or grid worker's filed requests."""
    require_any(actor, Permission.SUPPORT_REQUEST)
    sweep_if_due(db, now or clock.now())
    condition = (HelpRequest.person_id == actor.person_id) if actor.role == "resident" \
        else (HelpRequest.filed_by == actor.username)
    requests = list(db.scalars(select(HelpRequest).where(condition).order_by(HelpRequest.id.desc()).limit(limit)))
    audit.record(db, actor, "read", "help_request", None, {"op": "mine", "rows": len(requests)})
    if actor.role == "resident":
        return _rows(db, actor, requests, purpose="own help requests")
    return [RequestRow(r, None, "", []) for r in requests]


def get_request(db: Session, actor: Actor, request_id: int) -> RequestRow:
    request = _get(db, request_id)
    if actor.role == "resident":
        if actor.person_id != request.person_id:
            raise PermissionDenied("只能查看本人的求助", "You can see only your own requests")
    elif not (has_permission(actor.role, Permission.SUPPORT_REQUEST) and request.filed_by == actor.username):
        require_any(actor, Permission.SUPPORT_FULFIL, Permission.SUPPORT_MANAGE)
        require_scope(actor, request)
    sweep_if_due(db, clock.now())
    audit.record(db, actor, "read", "help_request", request.id)
    return _rows(db, actor, [request], purpose="help request", with_escalations=True)[0]


# ---- the commander's and district's overview -----------------------------------------------------


@dataclass
class DistrictFigures:
    district_id: int | None
    name: str
    open: int
    overdue: int
    street: int  # escalated to the street
    district: int  # escalated to the district
    emergencies: int


def overview(db: Session, actor: Actor, *, now: datetime | None = None) -> list[DistrictFigures]:
    """Open and overdue requests per district, with escalations and open emergencies: one grouped query."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    moment = now or clock.now()
    sweep_if_due(db, moment)
    statement = (select(HelpRequest.district_id, func.count(),
                        func.sum(case((HelpRequest.due_at <= moment, 1), else_=0)),
                        func.sum(case((HelpRequest.escalation == 2, 1), else_=0)),
                        func.sum(case((HelpRequest.escalation == 3, 1), else_=0)),
                        func.sum(case((HelpRequest.kind == "medical_emergency", 1), else_=0)))
                 .where(HelpRequest.state.in_(OPEN_STATES), actor.scope_clause(HelpRequest))
                 .group_by(HelpRequest.district_id))
    rows = db.execute(statement).all()
    # Names by primary key (a scan of `place` for its districts costs more than the aggregate in a big city).
    names = {i: ref.name for i, ref in registry.place_refs(db, {r[0] for r in rows if r[0]}).items()}
    audit.record(db, actor, "read", "help_request", None, {"op": "overview", "districts": len(rows)})
    figures = [DistrictFigures(r[0], names.get(r[0] or 0, "—"), r[1], int(r[2] or 0), int(r[3] or 0), int(r[4] or 0),
                               int(r[5] or 0)) for r in rows]
    return sorted(figures, key=lambda f: (-f.district, -f.overdue, -f.open, f.name))


def live_emergencies(db: Session, actor: Actor, *, limit: int = 50) -> list[RequestRow]:
    """Open medical emergencies in the actor's jurisdiction, newest first."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    requests = list(db.scalars(select(HelpRequest).where(
        HelpRequest.kind == "medical_emergency", HelpRequest.state.in_(OPEN_STATES),
        actor.scope_clause(HelpRequest)).order_by(HelpRequest.filed_at.desc()).limit(limit)))
    audit.record(db, actor, "read", "help_request", None, {"op": "emergencies", "rows": len(requests)})
    return _rows(db, actor, requests, purpose="live emergencies")

