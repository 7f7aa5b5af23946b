"""The medical emergency pathway's own records (the flow in `support.flows` joins them with the transfer):
the escalation to the district's on-duty staff, the link to the transfer request, the receiving hospital.
First-contact responsibility (首诊负责制): a refusal is never an outcome; it escalates the case again."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.support.common import clean_text, require_scope
from fangkong.support.models import HelpEscalation, HelpRequest
from fangkong.support.requests import OPEN_STATES, escalate_now


def _emergency(db: Session, actor: Actor, request_id: int) -> HelpRequest:
    require_any(actor, Permission.SUPPORT_MANAGE)
    request = db.get(HelpRequest, request_id)
    if request is None or request.kind != "medical_emergency":
        raise InvalidInput("不是急危重症求助", "Not a medical emergency")
    require_scope(actor, request)
    return request


def escalate_emergency(db: Session, actor: Actor, request: HelpRequest) -> HelpEscalation:
    """At once to the district's on-duty staff (急危重症抢救制度), whatever the clock says."""
    if request.kind != "medical_emergency":
        raise InvalidInput("不是急危重症求助", "Not a medical emergency")
    escalation = escalate_now(db, request, level=3, reason="emergency", note="区级值班 district on duty")
    audit.record(db, actor, "write", "help_escalation", escalation.id, {"request": request.id, "level": 3})
    return escalation


def link_transfer(db: Session, actor: Actor, request: HelpRequest, transfer_request_id: int,
                  hospital: str = "") -> HelpRequest:
    request.transfer_request_id = transfer_request_id
    request.hospital = clean_text(hospital, 200)
    audit.record(db, actor, "write", "help_request", request.id, {"op": "transfer", "transfer": transfer_request_id})
    return request


def record_admission(db: Session, actor: Actor, request_id: int, *, hospital: str, note: str = "") -> HelpRequest:
    """The receiving hospital admitted the patient: the emergency is delivered with that as its note."""
    request = _emergency(db, actor, request_id)
    hospital = clean_text(hospital, 200, what_zh="收治医院", what_en="the receiving hospital", required=True)
    if request.state not in OPEN_STATES:
        raise InvalidInput("此求助已结案", "This request is already closed")
    now = clock.now()
    request.hospital = hospital
    request.state, request.delivered_by, request.delivered_at, request.due_at = "delivered", actor.username, now, None
    request.accepted_at = request.accepted_at or now
    request.fulfilment_note = clean_text(f"收治医院 admitted at: {hospital}. {note}", 500)
    audit.record(db, actor, "write", "help_request", request.id, {"op": "admitted", "hospital": hospital})
    return request


def record_refusal(db: Session, actor: Actor, request_id: int, *, hospital: str, note: str = "") -> HelpEscalation:
    """A hospital refused: not an outcome. The case stays open and is escalated to the district again."""
    request = _emergency(db, actor, request_id)
    hospital = clean_text(hospital, 200, what_zh="医院", what_en="the hospital", required=True)
    if request.state not in OPEN_STATES:
        raise InvalidInput("此求助已结案", "This request is already closed")
    escalation = escalate_now(db, request, level=3, reason="refused",
                              note=f"首诊负责制: {hospital} 拒收 refused. {clean_text(note, 200)}")
    audit.record(db, actor, "write", "help_escalation", escalation.id,
                 {"request": request.id, "refused_by": hospital})
    return escalation
