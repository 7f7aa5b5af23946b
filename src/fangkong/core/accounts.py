"""Accounts made by an administrator, first-sign-in password change, and the TOTP second factor
(docs/security.md, "First sign-in" and "Second factor").

- An account made by an administrator or an import, or whose password an administrator reset, carries a
  password someone else chose: `must_change_password`, and core.auth.resolve_session refuses every page and
  API call (PasswordChangeRequired) until its holder chose their own on /account/password. The generated demo
  accounts do not: they keep the printed demo password so the README's demo works.
- Command, district and auditor accounts may enrol TOTP (core.totp): a QR code, then a first code confirms
  it. From then on a right password opens a login of stage "totp" that only the code page answers; wrong
  codes count as failed sign-ins (core.signin's lockout). An administrator removes a lost authenticator
  (`fangkong accounts reset-totp`, audited with a reason).
Every change here is audited; a wrong current password or code is a failed sign-in like any other.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from fangkong.core import audit, auth, clock, passwords, signin, totp
from fangkong.core.errors import InvalidInput, NotAuthenticated, NotFound, PermissionDenied
from fangkong.core.models import Account, AuthSession
from fangkong.core.roles import Role
from fangkong.core.scope import Actor


def temporary_password() -> str:
    """A password for the administrator to hand over: 16 characters from an alphabet without look-alikes."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(16))


def by_username(db: Session, username: str) -> Account:
    account = db.scalar(select(Account).where(Account.username == username))
    if account is None:
        raise NotFound(f"没有账号 {username}", f"No account {username}")
    return account


def _revoke_sessions(db: Session, account_id: int, keep: int | None = None) -> None:
    statement = update(AuthSession).where(AuthSession.account_id == account_id, AuthSession.revoked.is_(False))
    if keep is not None:
        statement = statement.where(AuthSession.id != keep)
    db.execute(statement.values(revoked=True))


# ---- made by an administrator ------------------------------------------------------------------------


@dataclass(frozen=True)
class NewAccount:
    username: str
    role: str
    temporary_password: str


def create_by_administrator(db: Session, by: Actor, *, username: str, role: str, display_name: str,
                            jurisdiction_id: int | None = None, person_id: int | None = None,
                            venue_id: int | None = None, password: str | None = None) -> NewAccount:
    """An account with a temporary password its holder must change at first sign-in; audited."""
    username = username.strip()
    if not username or len(username) > 64:
        raise InvalidInput("用户名须为 1-64 个字符", "A username has 1 to 64 characters")
    if role not in {r.value for r in Role}:
        raise InvalidInput(f"角色 {role} 不存在", f"Unknown role {role}")
    chosen = password or temporary_password()
    account = auth.create_account(db, username=username, password=chosen, role=role, display_name=display_name,
                                  jurisdiction_id=jurisdiction_id, person_id=person_id, venue_id=venue_id)
    account.must_change_password = True
    audit.record(db, by, "account_created", "account", account.id,
                 {"username": username, "role": role, "jurisdiction_id": jurisdiction_id, "venue_id": venue_id})
    return NewAccount(username, role, chosen)


ACCOUNT_COLUMNS = ("username", "role", "display_name", "jurisdiction_id", "venue_id", "person_id")


def import_accounts(db: Session, by: Actor, rows: Iterable[dict[str, str]]) -> list[NewAccount]:
    """Accounts from a spreadsheet's rows (ACCOUNT_COLUMNS), each with its own temporary password. Whole or
    nothing: one bad row refuses the file (the caller's transaction)."""
    made: list[NewAccount] = []
    for number, row in enumerate(rows, start=2):
        def as_id(name: str, row: dict[str, str] = row, number: int = number) -> int | None:
            value = (row.get(name) or "").strip()
            if not value:
                return None
            if not value.isdigit():
                raise InvalidInput(f"第 {number} 行 {name} 不是编号", f"Row {number}: {name} is not an id")
            return int(value)
        try:
            made.append(create_by_administrator(
                db, by, username=(row.get("username") or "").strip(), role=(row.get("role") or "").strip(),
                display_name=(row.get("display_name") or row.get("username") or "").strip(),
                jurisdiction_id=as_id("jurisdiction_id"), venue_id=as_id("venue_id"), person_id=as_id("person_id")))
        except InvalidInput as exc:
            raise InvalidInput(f"第 {number} 行: {exc.zh}", f"Row {number}: {exc.en}") from None
    return made


def reset_password(db: Session, by: Actor, username: str, reason: str) -> NewAccount:
    """A new temporary password (a forgotten one): must be changed at the next sign-in; every login of the
    account ends (their device keys stop too). Audited with the reason."""
    if not reason.strip():
        raise InvalidInput("请说明原因", "Give a reason")
    account = by_username(db, username)
    chosen = temporary_password()
    account.password_hash = auth.hash_password(chosen)
    account.must_change_password = True
    _revoke_sessions(db, account.id)
    audit.record(db, by, "password_reset", "account", account.id, {"username": username}, reason=reason)
    return NewAccount(username, account.role, chosen)


# ---- the holder's own password -------------------------------------------------------------------------


def change_password(db: Session, account: Account, session_row: AuthSession, *, current: str, new: str,
                    address: str) -> None:
    """The holder chooses a new password (at first sign-in, or any time): the current one is asked again (a
    wrong one is a failed sign-in, with the lockout), the new one must pass core.passwords; every other login of
    the account ends. Audited."""
    wait = signin.retry_after(db, account.username, address, clock.now())
    if wait:
        signin.record_failure(db, account.username, address, "locked")
        raise signin.LoginLocked(wait)
    try:
        auth.authenticate(db, account.username, current)
    except NotAuthenticated:
        signin.record_failure(db, account.username, address, "password_change")
        raise NotAuthenticated("原密码错误", "The current password is wrong") from None
    passwords.check_strength(new, username=account.username, current=current)
    first = account.must_change_password
    account.password_hash = auth.hash_password(new)
    account.must_change_password = False
    _revoke_sessions(db, account.id, keep=session_row.id)
    audit.record(db, auth.actor_for(account), "password_changed", "account", account.id, {"first": first})


# ---- TOTP ------------------------------------------------------------------------------------------------


def may_enrol(account: Account) -> bool:
    return account.role in auth.TOTP_ROLES


def begin_enrolment(db: Session, account: Account) -> str:
    """A new secret awaiting its first code (shown once as a QR code); the confirmed one, if any, stays until
    the new one is confirmed."""
    if not may_enrol(account):
        raise PermissionDenied("您的角色不使用动态码", "Your role does not use an authenticator code")
    if account.totp_pending is None:
        account.totp_pending = totp.new_secret()
        db.flush()
    return account.totp_pending


def confirm_enrolment(db: Session, account: Account, code: str, address: str) -> None:
    """The first code from the app proves it holds the secret: from now on sign-in asks for a code. Audited."""
    if not may_enrol(account) or account.totp_pending is None:
        raise InvalidInput("请先扫描二维码", "Scan the QR code first")
    step = totp.accepted_step(account.totp_pending, code, clock.now(), None)
    if step is None:
        signin.record_failure(db, account.username, address, "totp_enrol")
        raise InvalidInput("动态码不正确,请核对手机时间后重试", "Wrong code: check the phone's clock and retry")
    account.totp_secret, account.totp_pending, account.totp_last_step = account.totp_pending, None, step
    audit.record(db, auth.actor_for(account), "totp_enrolled", "account", account.id)


def verify_second_factor(db: Session, account: Account, session_row: AuthSession, code: str, address: str) -> None:
    """Finish a login of stage "totp". Wrong codes are failed sign-ins: the lockout of core.signin applies
    (per username and address), checked before the code. Audited either way."""
    if session_row.stage != auth.STAGE_TOTP or account.totp_secret is None:
        raise InvalidInput("此登录不需要动态码", "This sign-in needs no code")
    wait = signin.retry_after(db, account.username, address, clock.now())
    if wait:
        signin.record_failure(db, account.username, address, "locked")
        raise signin.LoginLocked(wait)
    step = totp.accepted_step(account.totp_secret, code, clock.now(), account.totp_last_step)
    if step is None:
        signin.record_failure(db, account.username, address, "totp")
        raise NotAuthenticated("动态码不正确", "Wrong authenticator code")
    account.totp_last_step = step
    session_row.stage = ""
    audit.record(db, auth.actor_for(account), "login_second_factor", "account", account.id)


def reset_totp(db: Session, by: Actor, username: str, reason: str) -> None:
    """An administrator removes a lost authenticator: the account signs in with its password alone and may enrol
    again; its logins end. Audited with the reason."""
    if not reason.strip():
        raise InvalidInput("请说明原因", "Give a reason")
    account = by_username(db, username)
    if account.totp_secret is None and account.totp_pending is None:
        raise InvalidInput(f"{username} 未启用动态码", f"{username} has no authenticator")
    account.totp_secret = account.totp_pending = account.totp_last_step = None
    _revoke_sessions(db, account.id)
    audit.record(db, by, "totp_reset", "account", account.id, {"username": username}, reason=reason)


__all__ = ["ACCOUNT_COLUMNS", "NewAccount", "begin_enrolment", "by_username", "change_password",
           "confirm_enrolment", "create_by_administrator", "import_accounts", "may_enrol", "reset_password",
           "reset_totp", "temporary_password", "verify_second_factor"]
