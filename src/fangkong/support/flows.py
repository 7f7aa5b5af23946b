"""Flows that start in support and reach other domains. A medical emergency from a sealed place is one
transaction: the request, its escalation to the district's on-duty staff, a closed-loop transfer request
to a hospital (isolation's table) and the record that the compound's emergency access route was used.
A failure in any part leaves nothing behind (the caller's transaction rolls back)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fangkong.core.scope import Actor
from fangkong.isolation import service as isolation
from fangkong.registry import service as registry
from fangkong.support import service
from fangkong.support.models import HelpRequest


def file_request(db: Session, actor: Actor, *, person_id: int, kind: str, text: str = "",
                 hospital: str = "") -> HelpRequest:
    """File a help request; a medical emergency takes the whole pathway at once."""
    request = service.file_request(db, actor, person_id=person_id, kind=kind, text=text)
    if kind == "medical_emergency":
        emergency(db, actor, request, hospital=hospital)
    return request


def emergency(db: Session, actor: Actor, request: HelpRequest, *, hospital: str = "") -> None:
    service.escalate_emergency(db, actor, request)
    card = registry.person_cards(db, actor, {request.person_id}, purpose="emergency transfer").get(request.person_id)
    transfer = isolation.request_transfer(
        db, actor, person_id=request.person_id, purpose="emergency", origin_kind="home",
        origin_text=card.address if card else "", destination_text=hospital, urgent=True,
        source_ref=f"help_request:{request.id}", note=request.text[:300])
    service.link_transfer(db, actor, request, transfer.id, hospital)
    if request.sealed:
        service.record_use(db, actor, request)
