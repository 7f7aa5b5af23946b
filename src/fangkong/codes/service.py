"""Health codes: derive every person's colour with its reasons from recorded facts under the policy
in force. Other domains call `recompute` after they record facts (a notice, a batch of results).

- `current_code` reads a person's stored reasons (one indexed query), re-checks each against the clock
  and combines them (codes.rules); the colour shown, signed and checked is always this one.
- `recompute` is the set-based engine (codes.engine): everyone, or a SELECT / list of persons.
- Manual colours exist only as overrides: requested by one person, approved by another with
  OVERRIDE_APPROVE, until an expiry; both steps audited.
- Declarations (主动申报) of arrivals feed the landing-test rule.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.codes import declarations as declaring
from fangkong.codes import engine, replay, tokens
from fangkong.codes.models import CodeOverride, CodeReason, CodeRun, CodeSubject, Declaration, HealthCode, VenueRule
from fangkong.codes.rules import COLOURS, CodeView, Fact, Reason, combine, evaluate, make_reason
from fangkong.codes.scantrace import CoPresence, Visit, Window, co_present, visits_of
from fangkong.core import audit, auth, clock
from fangkong.core.config import get_settings
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.i18n import t
from fangkong.core.roles import Permission, require, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.testing import service as testing

__all__ = ["CheckOutcome", "CoPresence", "CodeView", "Fact", "Reason", "Visit", "Window", "co_present",
           "current_code", "detailed_check", "evaluate", "person_by_subject", "recompute", "require_checker",
           "set_venue_rule", "venue_for", "venue_rule_hours", "visits_of"]

MAX_OVERRIDE_DAYS = 30


def _check_person(db: Session, actor: Actor, person_id: int, purpose: str) -> None:
    """The resident themself, or staff allowed to read codes within their jurisdiction (audited)."""
    if actor.role == "resident":
        if actor.person_id != person_id:
            raise PermissionDenied("只能查看本人的健康码", "You can only see your own code")
    else:
        require_any(actor, Permission.CODES_READ, Permission.SENTINEL_CHECK, zh="您的角色不能查看健康码",
                    en="Your role may not read health codes")
    registry.resident_location(db, actor, person_id, purpose=purpose)  # exists, in scope, audited


# ---- reading ---------------------------------------------------------------------------------------


def stored_reasons(db: Session, person_ids: list[int], now: datetime) -> dict[int, CodeView]:
    """Codes of some persons from the stored reasons, re-checked against `now` (no audit: callers do)."""
    policy = policies.in_force(now)
    rows = db.scalars(select(CodeReason).where(CodeReason.person_id.in_(person_ids))).all()
    reasons: dict[int, list[Reason]] = {pid: [] for pid in person_ids}
    for row in rows:
        rule = policy.code_rule(row.rule)
        if rule is None:
            continue  # the rule left the policy; the next recompute drops the row
        reason = make_reason(policy, rule, kind=row.fact_kind, sub=row.sub, ref=row.fact_ref, since=row.since,
                             until=row.until, note_zh=row.note_zh, note_en=row.note_en)
        if reason.since <= now and (reason.until is None or reason.until > now):
            reasons[row.person_id].append(reason)
    return {pid: combine(policy, pid, found, now) for pid, found in reasons.items()}


def current_code(db: Session, actor: Actor, person_id: int, now: datetime | None = None) -> CodeView:
    """A person's code now: colour, pop-up and every reason with what clears it."""
    moment = now or clock.now()
    _check_person(db, actor, person_id, "health code")
    view = stored_reasons(db, [person_id], moment)[person_id]
    audit.record(db, actor, "read", "health_code", person_id, {"colour": view.colour, "popup": view.popup,
                                                                "reasons": [r.rule for r in view.reasons]})
    return view


def subject_for(db: Session, person_id: int) -> str:
    """The person's pseudonym, remembered so a verified token leads back to them. The remembered one stays
    after the platform secret is rotated (docs/security.md), so a person keeps one pseudonym in the scan log."""
    stored = stored_subject(db, person_id)
    if stored is not None:
        return stored
    subject = tokens.subject_of(person_id)
    if db.get(CodeSubject, subject) is None:
        db.add(CodeSubject(subject=subject, person_id=person_id))
        db.flush()
    return subject


def stored_subject(db: Session, person_id: int) -> str | None:
    return db.scalar(select(CodeSubject.subject).where(CodeSubject.person_id == person_id))


def person_by_subject(db: Session, subject: str) -> int | None:
    return db.scalar(select(CodeSubject.person_id).where(CodeSubject.subject == subject))


@dataclass(frozen=True)
class ShownCode:
    view: CodeView
    token: str
    qr_svg: str
    expires_at: datetime


def show_code(db: Session, actor: Actor, person_id: int, now: datetime | None = None) -> ShownCode:
    """The code as the resident shows it: a freshly signed token and its QR image."""
    moment = now or clock.now()
    view = current_code(db, actor, person_id, moment)
    token = tokens.issue_token(subject_for(db, person_id), view.token_colour, moment)
    claims = tokens.verify_token(token, moment)
    return ShownCode(view=view, token=token, qr_svg=tokens.qr_svg(token), expires_at=claims.expires_at)


def colour_counts(db: Session, actor: Actor) -> dict[str, int]:
    """Stored codes by colour (city-wide figures for the command; no persons)."""
    require(actor, Permission.CODES_READ, "您的角色不能查看健康码", "Your role may not read health codes")
    counts = dict.fromkeys(COLOURS, 0)
    for severity, count in db.execute(select(HealthCode.severity, func.count()).group_by(HealthCode.severity)):
        counts[COLOURS[severity]] += count
    counts["popup"] = db.scalar(select(func.count()).select_from(HealthCode).where(HealthCode.popup)) or 0
    return counts


def last_run(db: Session) -> CodeRun | None:
    return db.scalar(select(CodeRun).order_by(CodeRun.id.desc()).limit(1))


# ---- recompute -------------------------------------------------------------------------------------


def recompute(db: Session, *, now: datetime, person_ids: Select[Any] | Iterable[int] | None = None) -> int:
    """Recompute the stored codes of `person_ids` (a SELECT of person ids, ids, or None for everyone),
    set-based; returns how many persons in that scope have a stored (non-plain-green) code. Does not commit."""
    return engine.run(db, now=now, person_ids=person_ids)


# ---- overrides ---------------------------------------------------------------------------------------


def request_override(db: Session, actor: Actor, *, person_id: int, colour: str, reason: str,
                     expires_at: datetime) -> CodeOverride:
    """Ask for a manual colour. It does nothing until a different person approves it."""
    require(actor, Permission.OVERRIDE_REQUEST, "您的角色不能申请人工赋码", "Your role may not request a manual code")
    if colour not in COLOURS:
        raise InvalidInput(f"颜色应为 {COLOURS}", f"colour must be one of {COLOURS}")
    if len(reason.strip()) < 4:
        raise InvalidInput("请写明人工赋码的理由", "State the reason for the manual code")
    now = clock.now()
    if not now < expires_at <= now + timedelta(days=MAX_OVERRIDE_DAYS):
        raise InvalidInput(f"有效期须在现在之后、{MAX_OVERRIDE_DAYS}天以内",
                           f"The expiry must be in the future and within {MAX_OVERRIDE_DAYS} days")
    registry.resident_location(db, actor, person_id, purpose="request manual code")  # exists, in scope, audited
    row = CodeOverride(person_id=person_id, colour=colour, reason=reason.strip()[:500], expires_at=expires_at,
                       state="pending", requested_by=actor.username, requested_at=now, decision_note="")
    db.add(row)
    db.flush()
    audit.record(db, actor, "write", "code_override", row.id,
                 {"op": "request", "person": person_id, "colour": colour, "expires": expires_at}, reason=reason)
    return row


def _pending(db: Session, actor: Actor, override_id: int) -> CodeOverride:
    require(actor, Permission.OVERRIDE_APPROVE, "您的角色不能审批人工赋码", "Your role may not approve manual codes")
    row = db.get(CodeOverride, override_id)
    if row is None:
        raise NotFound("人工赋码申请不存在", "No such override request")
    if row.state != "pending":
        raise InvalidInput("该申请已处理", "This request has already been decided")
    if row.requested_by == actor.username:
        raise PermissionDenied("人工赋码须由申请人以外的另一人审批",
                               "A manual code needs a second person to approve it")
    registry.resident_location(db, actor, row.person_id, purpose="decide manual code")  # in the approver's scope
    return row


def approve_override(db: Session, actor: Actor, override_id: int, *, note: str = "") -> CodeOverride:
    """The second person's approval: from now until the expiry the code shows the requested colour
    (an earlier approved override of the same person is revoked). Recomputes the person."""
    row = _pending(db, actor, override_id)
    now = clock.now()
    if row.expires_at <= now:
        raise InvalidInput("该申请已过期", "The request has expired")
    db.execute(update(CodeOverride).where(CodeOverride.person_id == row.person_id, CodeOverride.state == "approved")
               .values(state="revoked", decision_note=f"superseded by #{row.id}"))
    row.state, row.decided_by, row.decided_at, row.decision_note = "approved", actor.username, now, note[:500]
    db.flush()
    audit.record(db, actor, "write", "code_override", row.id,
                 {"op": "approve", "person": row.person_id, "colour": row.colour, "requested_by": row.requested_by},
                 reason=note)
    recompute(db, now=now, person_ids=[row.person_id])
    return row


def refuse_override(db: Session, actor: Actor, override_id: int, *, note: str) -> CodeOverride:
    row = _pending(db, actor, override_id)
    if not note.strip():
        raise InvalidInput("请写明拒绝理由", "State why the request is refused")
    row.state, row.decided_by, row.decided_at, row.decision_note = "refused", actor.username, clock.now(), note[:500]
    audit.record(db, actor, "write", "code_override", row.id, {"op": "refuse", "person": row.person_id}, reason=note)
    return row


def revoke_override(db: Session, actor: Actor, override_id: int, *, note: str) -> CodeOverride:
    require(actor, Permission.OVERRIDE_APPROVE, "您的角色不能撤销人工赋码", "Your role may not revoke manual codes")
    row = db.get(CodeOverride, override_id)
    if row is None or row.state != "approved":
        raise InvalidInput("只能撤销已生效的人工赋码", "Only an approved manual code can be revoked")
    registry.resident_location(db, actor, row.person_id, purpose="revoke manual code")
    row.state, row.decision_note = "revoked", note[:500]
    audit.record(db, actor, "write", "code_override", row.id, {"op": "revoke", "person": row.person_id}, reason=note)
    recompute(db, now=clock.now(), person_ids=[row.person_id])
    return row


def list_overrides(db: Session, actor: Actor, *, state: str | None = "pending", limit: int = 200) -> list[CodeOverride]:
    require_any(actor, Permission.OVERRIDE_REQUEST, Permission.OVERRIDE_APPROVE, zh="您的角色不能查看人工赋码",
                en="Your role may not see manual codes")
    statement = select(CodeOverride).order_by(CodeOverride.id.desc()).limit(limit)
    if state:
        statement = statement.where(CodeOverride.state == state)
    rows = list(db.scalars(statement))
    if actor.city_wide:
        return rows
    where = registry.locations_of(db, actor, {row.person_id for row in rows}, purpose="manual code list")
    return [row for row in rows if row.person_id in where and actor.covers(where[row.person_id])]


def overrides_of(db: Session, actor: Actor, person_id: int) -> list[CodeOverride]:
    _check_person(db, actor, person_id, "manual codes")
    return list(db.scalars(select(CodeOverride).where(CodeOverride.person_id == person_id)
                           .order_by(CodeOverride.id.desc())))


# ---- declarations (主动申报) ------------------------------------------------------------------------------


def declare_arrival(db: Session, actor: Actor, *, person_id: int, from_city: str, arrival_at: datetime,
                    from_risk_area: bool = False, note: str = "", risk_level: str | None = None,
                    replaces: int | None = None) -> Declaration:
    """A resident declares their own arrival (grid workers may declare for residents without phones).
    risk_level: a listed level of the policy in force (None: no risk area; from_risk_area alone, as the
    API sends it, still says "a risk area"). replaces: the id of a live declaration of the same person
    made within the policy's edit window, which this one corrects (codes.declarations)."""
    if actor.role == "resident":
        if actor.person_id != person_id:
            raise PermissionDenied("只能为本人申报", "You can only declare for yourself")
    else:
        require(actor, Permission.COVERAGE_WRITE, "您的角色不能代为申报", "Your role may not declare for a resident")
    city = from_city.strip()
    if not 2 <= len(city) <= 100:
        raise InvalidInput("请填写出发城市", "Enter the city you came from")
    now = clock.now()
    if arrival_at > now:
        raise InvalidInput("抵达时间不能晚于现在", "The arrival cannot be in the future")
    if arrival_at < now - timedelta(days=30):
        raise InvalidInput("只能申报30天以内的抵达", "Declare arrivals of the last 30 days only")
    level = declaring.check_level(risk_level, now)
    registry.resident_location(db, actor, person_id, purpose="declare arrival")
    row = Declaration(person_id=person_id, from_city=city, from_risk_area=bool(from_risk_area) or level is not None,
                      risk_level=level, arrival_at=arrival_at, note=note.strip()[:300], declared_by=actor.username,
                      declared_at=now)
    db.add(row)
    db.flush()
    if replaces is not None:
        declaring.supersede(db, actor, replaces, row, now)
    audit.record(db, actor, "write", "declaration", row.id,
                 {"person": person_id, "from": city, "risk": row.from_risk_area, "level": level,
                  "arrival": arrival_at})
    recompute(db, now=now, person_ids=[person_id])
    return row


def declarations_of(db: Session, actor: Actor, person_id: int) -> list[Declaration]:
    """Every declaration of the person, corrected and withdrawn ones included (the history), newest first."""
    _check_person(db, actor, person_id, "declarations")
    return list(db.scalars(select(Declaration).where(Declaration.person_id == person_id)
                           .order_by(Declaration.declared_at.desc(), Declaration.id.desc())))


def withdraw_declaration(db: Session, actor: Actor, declaration_id: int) -> Declaration:
    """Withdraw a declaration within the policy's edit window (kept, marked withdrawn); codes recomputed."""
    now = clock.now()
    row = declaring.withdraw(db, actor, declaration_id, now)
    recompute(db, now=now, person_ids=[row.person_id])
    return row


def latest_test_of(db: Session, person_id: int) -> Any | None:
    """The person's latest test from the testing domain (None if never tested)."""
    return testing.latest_tests(db, [person_id]).get(person_id)


TEST_RULE_FACTS = ("pool_positive", "positive_test")


def deciding_test(db: Session, code: Any, person_id: int) -> tuple[Any | None, bool]:
    """The test a code page shows, and whether it decides the code: the tube behind a test reason of
    the code (a positive pool waiting for its single-tube recheck, a positive single tube) when there is
    one, else the latest test. A later pooled negative does not clear a positive pool, so "latest:
    negative" would contradict a yellow code."""
    barcodes = [r.fact_ref.removeprefix("tube:") for r in code.reasons
                if r.fact_kind in TEST_RULE_FACTS and r.fact_ref.startswith("tube:")]
    found = testing.tests_in_tubes(db, person_id, barcodes) if barcodes else []
    if found:
        return found[0], True
    return latest_test_of(db, person_id), False


# ---- the venue sentinel's detailed check (数字哨兵): person, latest test, venue rule


@dataclass(frozen=True)
class CheckOutcome:
    colour: str
    result: str
    method: str
    person_id: int | None
    subject: str | None
    name: str
    reasons: list[str]
    test: dict[str, Any] | None
    rule: dict[str, Any]
    checked_at: datetime
    replay: str | None = None  # codes.replay: "other_venue" | "repeated"


def refresh_revocations(db: Session, *, force: bool = False) -> None:
    """Bring the device-key revocation list (tokens.revocations) up to date when it is older than the setting
    (2 s): one query per refresh, none per venue check."""
    moment = time.monotonic()
    if not force and moment - tokens.revocations.refreshed < get_settings().device_revocation_refresh_s:
        return
    sessions, accounts = auth.revoked(db, clock.now())
    tokens.revocations.sessions, tokens.revocations.accounts = sessions, accounts
    tokens.revocations.refreshed = moment


def require_checker(actor: Actor) -> None:
    """Checkpoint and venue staff only: the sentinel page, its API and the detailed check."""
    require(actor, Permission.SENTINEL_CHECK, "只有卡口/场所工作人员可以验码",
            "Only checkpoint or venue staff check codes")


def venue_rule_hours(db: Session, venue_id: int) -> int | None:
    """Hours within which a negative test is needed at this venue (None: no test needed)."""
    row = db.get(VenueRule, venue_id)
    return get_settings().sentinel_max_test_age_h if row is None else row.max_test_age_h


def set_venue_rule(db: Session, actor: Actor, venue_id: int, max_test_age_h: int | None) -> None:
    if max_test_age_h is not None and not 1 <= max_test_age_h <= 24 * 14:
        raise InvalidInput("核酸时限须在 1 到 336 小时之间", "The test window must be 1 to 336 hours")
    row = db.get(VenueRule, venue_id) or VenueRule(venue_id=venue_id)
    row.max_test_age_h = max_test_age_h
    row.updated_at = clock.now()
    row.updated_by = actor.username
    db.add(row)


def _current_colour(db: Session, actor: Actor, person_id: int, now: datetime, lang: str) -> tuple[str, list[str]]:
    """The colour the rules engine shows now (as the token would carry it) with its reasons' texts."""
    view = current_code(db, actor, person_id, now)
    return view.token_colour, [reason.text(lang) for reason in view.reasons]


def detailed_check(db: Session, actor: Actor, venue_id: int, *, token: str | None, id_number: str | None,
                   lang: str, now: datetime | None = None) -> CheckOutcome:
    """Everything the sentinel page shows; reads (audited) but does not write the scan."""
    require_checker(actor)
    now = now or clock.now()
    subject: str | None = None
    person_id: int | None = None
    reasons: list[str] = []
    replayed: str | None = None
    if token:
        claims = tokens.verify_token(token, now)
        subject, colour, method = claims.subject, claims.colour, "qr"
        if get_settings().replay_shared:
            replayed = replay.record_sightings(db, [replay.Sighting(replay.signature_key(token), venue_id,
                                                                    claims.expires_epoch, tokens.to_epoch(now))])[0]
        else:
            replayed = replay.watch.check(replay.signature_key(token), venue_id, tokens.to_epoch(now),
                                          claims.expires_epoch)
        person_id = person_by_subject(db, subject)
        person = registry.person_for_check(db, actor, person_id=person_id, venue_id=venue_id) if person_id else None
    elif id_number:
        person = registry.person_for_check(db, actor, id_number=id_number, venue_id=venue_id)
        person_id, method = person.id, "id"
        subject = stored_subject(db, person_id) or tokens.subject_of(person_id)
        # The verdict and the colour only, as a scanned code shows: a checkpoint never sees why (travel,
        # contacts, tests); those reasons are for an epidemiologist or the person (issue 17).
        colour, _why = _current_colour(db, actor, person_id, now, lang)
    else:
        raise InvalidInput("请扫码、粘贴健康码或输入身份证号", "Scan or paste a code, or type an identity number")

    hours = venue_rule_hours(db, venue_id)
    test_view: dict[str, Any] | None = None
    rule_met = hours is None
    latest = latest_test_of(db, person_id) if person_id is not None else None
    if latest is not None:
        age_h = (now - latest.sampled_at).total_seconds() / 3600
        test_view = {"sampled_at": latest.sampled_at.isoformat(sep=" "), "result": latest.result,
                     "age_h": round(age_h, 1)}
        if hours is not None:
            rule_met = latest.result == "negative" and age_h <= hours
    if colour != "green":
        reasons.insert(0, t(f"sentinel.deny.{colour}" if colour in tokens.COLOURS else "sentinel.deny.unknown", lang))
    if not rule_met:
        reasons.append(t("sentinel.deny.test", lang, hours=hours))
    if replayed:  # not passed until the staff have seen the live code and an identity card (docs/security.md)
        reasons.insert(0, t("sentinel.replay", lang))
    result = "pass" if colour == "green" and rule_met and not replayed else "deny"
    return CheckOutcome(colour=colour, result=result, method=method, person_id=person_id, subject=subject,
                        name=person.name if person else "", reasons=reasons, test=test_view,
                        rule={"max_test_age_h": hours, "met": rule_met}, checked_at=now, replay=replayed)


def venue_for(db: Session, actor: Actor, requested: int | None) -> int:
    """The account's venue; staff without one check at the venue they chose (any registered venue)."""
    if actor.venue_id is not None:
        if requested is not None and requested != actor.venue_id:
            raise PermissionDenied("只能在本账号所属场所验码", "You check at your own venue only")
        return actor.venue_id
    if requested is None:
        raise InvalidInput("请先选择验码场所", "Choose the venue you check at first")
    if registry.venue_ref(db, requested) is None:
        raise NotFound("场所不存在", "No such venue")
    return requested
