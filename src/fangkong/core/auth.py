"""Accounts, password hashing (argon2), login sessions (cookies with CSRF) and API bearer tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.config import get_settings
from fangkong.core.errors import FangkongError, InvalidInput, NotAuthenticated
from fangkong.core.models import Account, AuthSession
from fangkong.core.roles import Role
from fangkong.core.scope import Actor

# Roles that may (and are asked to) enrol a second factor (core.totp, docs/security.md "Second factor").
TOTP_ROLES = frozenset({Role.COMMANDER, Role.DISTRICT_STAFF, Role.AUDITOR})
STAGE_TOTP = "totp"  # a login whose password was right and whose second factor is still to come


class PasswordChangeRequired(FangkongError):
    """The account was made (or its password reset) by an administrator: nothing answers until its holder has
    chosen a password of their own (the page /account/password)."""

    status_code = 403

    def __init__(self) -> None:
        super().__init__("首次登录请先修改密码", "First sign-in: choose your own password before anything else")


class SecondFactorRequired(FangkongError):
    """The password was right; the authenticator code is still to come (the page /login/totp)."""

    status_code = 401

    def __init__(self) -> None:
        super().__init__("请输入身份验证器中的动态码", "Enter the code from your authenticator app")


_hasher = PasswordHasher()
# Accounts made by the city generator share the public demo password: each still gets its own salt, in a light
# profile (the password protects nothing there), so thousands of them cost seconds, not an hour.
_light_hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@cache
def _dummy_hash() -> str:
    """An unknown username is checked against this, so it costs what a wrong password costs (no timing oracle)."""
    return _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise InvalidInput("密码至少 8 位", "A password needs at least 8 characters")
    return _hasher.hash(password)


def light_hash(password: str) -> str:
    """A salted hash in the light profile, for generated demo accounts only (see `_light_hasher`)."""
    return _light_hasher.hash(password)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def actor_for(account: Account, *, jurisdiction_level: str | None = None, jurisdiction_name: str = "") -> Actor:
    """The Actor of an account. The level and name of its jurisdiction (a place) come from the registry,
    which core does not read: `registry.service.actor_for(db, account)` looks them up and calls this."""
    return Actor(
        account_id=account.id,
        username=account.username,
        role=account.role,
        display_name=account.display_name,
        jurisdiction_id=account.jurisdiction_id,
        jurisdiction_level=jurisdiction_level,
        jurisdiction_name=jurisdiction_name,
        person_id=account.person_id,
        venue_id=account.venue_id,
    )


def create_account(
    db: Session,
    *,
    username: str,
    password: str | None = None,
    password_hash: str | None = None,
    role: str,
    display_name: str,
    jurisdiction_id: int | None = None,
    person_id: int | None = None,
    venue_id: int | None = None,
) -> Account:
    Role(role)  # refuses an unknown role
    if db.scalar(select(Account.id).where(Account.username == username)) is not None:
        raise InvalidInput(f"用户名 {username} 已存在", f"username {username} exists")
    account = Account(
        username=username,
        password_hash=password_hash or hash_password(password or ""),
        role=role,
        display_name=display_name,
        jurisdiction_id=jurisdiction_id,
        person_id=person_id,
        venue_id=venue_id,
        active=True,
        created_at=clock.now(),
    )
    db.add(account)
    db.flush()
    return account


def authenticate(db: Session, username: str, password: str) -> Account:
    account = db.scalar(select(Account).where(Account.username == username, Account.active.is_(True)))
    try:
        if account is None:
            _hasher.verify(_dummy_hash(), password)  # as slow as a real check, then refused
            raise VerificationError
        _hasher.verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise NotAuthenticated("用户名或密码错误", "Wrong username or password") from None
    return account


def start_session(db: Session, account: Account, kind: str = "cookie", stage: str = "") -> tuple[str, str]:
    """Create a login; returns (token, csrf token). Only the token's hash is stored. A login of `stage` "totp"
    opens nothing but the code page until core.accounts.verify_second_factor clears it."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(24)
    moment = clock.now()
    db.add(
        AuthSession(
            token_hash=_token_hash(token),
            account_id=account.id,
            kind=kind,
            csrf_token=csrf,
            created_at=moment,
            expires_at=moment + timedelta(hours=get_settings().session_hours),
            revoked=False,
            stage=stage,
        )
    )
    detail = {"kind": kind, "stage": stage} if stage else {"kind": kind}
    audit.record(db, actor_for(account), "login", "account", account.id, detail)  # (who, not where)
    return token, csrf


def login(db: Session, username: str, password: str, kind: str = "cookie") -> tuple[str, str, Account]:
    account = authenticate(db, username, password)
    token, csrf = start_session(db, account, kind, stage=STAGE_TOTP if account.totp_secret else "")
    return token, csrf, account


def resolve_session(db: Session, token: str | None, kind: str | None = None, *,
                    allow: frozenset[str] = frozenset()) -> tuple[Account, AuthSession]:
    """The account of a live session (its Actor: `registry.service.actor_for`) and the session row.

    Every page and API call comes through here, so an unfinished sign-in stops here: a login still waiting
    for its second factor raises SecondFactorRequired, an account that must choose its own password raises
    PasswordChangeRequired — unless the caller is the page that finishes it (`allow`: "totp", "password")."""
    if not token:
        raise NotAuthenticated("请先登录", "Please log in")
    row = db.scalar(select(AuthSession).where(AuthSession.token_hash == _token_hash(token)))
    if row is None or row.revoked or row.expires_at <= clock.now() or (kind and row.kind != kind):
        raise NotAuthenticated("登录已失效,请重新登录", "Your session has ended; please log in again")
    account = db.get(Account, row.account_id)
    if account is None or not account.active:
        raise NotAuthenticated("账号已停用", "Account disabled")
    if row.stage == STAGE_TOTP and "totp" not in allow:
        raise SecondFactorRequired()
    if row.stage != STAGE_TOTP and account.must_change_password and "password" not in allow:
        raise PasswordChangeRequired()
    return account, row


def check_csrf(session_row: AuthSession, submitted: str | None) -> None:
    if not submitted or not hmac.compare_digest(session_row.csrf_token, submitted):
        raise NotAuthenticated("表单已过期,请刷新页面后重试 (CSRF)", "The form expired; reload and retry (CSRF)")


def logout(db: Session, token: str) -> None:
    db.execute(update(AuthSession).where(AuthSession.token_hash == _token_hash(token)).values(revoked=True))


def revoked(db: Session, now: datetime) -> tuple[frozenset[int], frozenset[int]]:
    """Logins ended before their time (logout) that have not expired yet, and disabled accounts: what a
    venue device key bound to them must stop doing (codes.tokens.revocations)."""
    sessions = db.scalars(select(AuthSession.id).where(AuthSession.revoked.is_(True), AuthSession.expires_at > now))
    accounts = db.scalars(select(Account.id).where(Account.active.is_(False)))
    return frozenset(sessions), frozenset(accounts)
