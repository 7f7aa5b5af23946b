"""Manual codes are facts with two persons: refused when one person would do it alone or a role may
not approve; approved ones show to the resident with their reason until they expire; all audited.
Declarations feed the landing-test rule. Both databases."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.audit import AuditQuery, search
from fangkong.core.errors import InvalidInput, PermissionDenied
from fangkong.core.scope import Actor
from fangkong.registry.models import Person
from tests.helpers import new_persona

NOW = datetime(2022, 7, 20, 10, 0)


@pytest.fixture(autouse=True)
def _now() -> None:
    clock.set_clock(NOW)


def test_single_person_override_is_refused_and_approved_one_shows_to_the_resident(
        db: Session, resident: Actor, epidemiologist: Actor, commander: Actor, district_staff: Actor,
        auditor: Actor) -> None:
    me = resident
    assert codes.current_code(db, me, me.person_id).colour == "green"
    row = codes.request_override(db, epidemiologist, person_id=me.person_id, colour="yellow",
                                 reason="流调核实:与阳性人员同乘", expires_at=NOW + timedelta(days=2))
    assert codes.current_code(db, me, me.person_id).colour == "green"  # a request alone does nothing
    with pytest.raises(PermissionDenied) as alone:
        codes.approve_override(db, epidemiologist, row.id)  # the requester approving their own request
    assert "另一人" in alone.value.zh
    with pytest.raises(PermissionDenied):
        codes.approve_override(db, district_staff, row.id)  # a role without OVERRIDE_APPROVE
    with pytest.raises(PermissionDenied):
        codes.request_override(db, me, person_id=me.person_id, colour="green", reason="我要绿码",
                               expires_at=NOW + timedelta(days=1))
    codes.approve_override(db, commander, row.id, note="核实无误")
    view = codes.current_code(db, me, me.person_id)
    assert view.colour == "yellow" and view.overridden
    (reason,) = view.reasons
    assert reason.rule == "override" and "同乘" in reason.text_zh and reason.until == NOW + timedelta(days=2)
    # It ends by itself at the expiry.
    assert codes.current_code(db, me, me.person_id, NOW + timedelta(days=2, seconds=1)).colour == "green"
    db.flush()
    _n, entries = search(db, auditor, AuditQuery(subject_type="code_override", subject_id=str(row.id)))
    ops = sorted(e.detail.split('"op": "')[1].split('"')[0] for e in entries)
    assert ops == ["approve", "request"] and {e.username for e in entries} == {"epidemiologist", "commander"}


def test_override_input_is_checked(db: Session, resident: Actor, epidemiologist: Actor, commander: Actor) -> None:
    me = resident
    for colour, reason, days in (("purple", "理由充分的说明", 1), ("red", "", 1), ("red", "理由充分的说明", 40),
                                 ("red", "理由充分的说明", -1)):
        with pytest.raises(InvalidInput):
            codes.request_override(db, epidemiologist, person_id=me.person_id, colour=colour, reason=reason,
                                   expires_at=NOW + timedelta(days=days))
    row = codes.request_override(db, epidemiologist, person_id=me.person_id, colour="red", reason="理由充分的说明",
                                 expires_at=NOW + timedelta(days=1))
    codes.refuse_override(db, commander, row.id, note="证据不足")
    with pytest.raises(InvalidInput):
        codes.approve_override(db, commander, row.id)  # decided already
    assert codes.current_code(db, me, me.person_id).colour == "green"


def test_declared_arrival_from_a_risk_area_pops_up_until_tested(db: Session, resident: Actor) -> None:
    me = resident
    codes.declare_arrival(db, me, person_id=me.person_id, from_city="西安", arrival_at=NOW - timedelta(hours=3),
                          from_risk_area=True)
    view = codes.current_code(db, me, me.person_id)
    assert (view.colour, view.popup, [r.rule for r in view.reasons]) == ("green", True, ["landing_test_due"])
    assert "西安" in view.reasons[0].text_zh and view.token_colour == "popup"
    with pytest.raises(InvalidInput):
        codes.declare_arrival(db, me, person_id=me.person_id, from_city="西安", arrival_at=NOW + timedelta(hours=1),
                              from_risk_area=True)
    neighbour = db.scalar(select(Person.id).where(Person.id != me.person_id).order_by(Person.id).limit(1))
    other = new_persona(db, "resident", person_id=neighbour)
    with pytest.raises(PermissionDenied):
        codes.declare_arrival(db, other, person_id=me.person_id, from_city="西安", arrival_at=NOW,
                              from_risk_area=False)
    with pytest.raises(PermissionDenied):
        codes.current_code(db, other, me.person_id)


def test_subject_leads_back_to_the_person(db: Session, resident: Actor) -> None:
    me = resident
    shown = codes.show_code(db, me, me.person_id)
    subject = shown.token.split(".")[1]
    assert codes.person_by_subject(db, subject) == me.person_id
    assert codes.person_by_subject(db, "NOSUCHSUBJECT234") is None
    assert "<svg" in shown.qr_svg
