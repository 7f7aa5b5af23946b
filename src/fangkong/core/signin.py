"""Sign-in guarded against guessing (docs/security.md, "Sign-in").

- Progressive lockout per username and per address: after FREE_FAILURES failures within WINDOW, each further
  attempt waits twice as long as the last (30 s, 1 min, 2 min … at most an hour), counted from the latest
  failure. A locked attempt is refused before the password is checked (429 with Retry-After), whether or not
  the username exists, so the lockout says nothing about which accounts exist.
- Every failure is kept (`login_failure`) and audited ("login_failed") in a transaction of its own: the
  request that failed is rolled back, its record of the attempt is not.
- Equal time: an unknown username is verified against a dummy hash (core.auth.authenticate).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from fangkong.core import audit, auth, clock
from fangkong.core.errors import FangkongError, NotAuthenticated
from fangkong.core.models import Account, LoginFailure
from fangkong.core.scope import Actor

WINDOW = timedelta(minutes=15)
FREE_FAILURES = {"username": 5, "address": 20}  # an office behind one address has many users
FIRST_WAIT_S = 30
MAX_WAIT_S = 3600


class LoginLocked(FangkongError):
    status_code = 429

    def __init__(self, retry_after_s: int) -> None:
        self.retry_after_s = retry_after_s
        super().__init__(f"登录失败次数过多,请 {retry_after_s} 秒后再试",
                         f"Too many failed sign-ins: try again in {retry_after_s} s")


def _wait_after(failures: int, free: int) -> int:
    over = failures - free
    return 0 if over < 0 else min(FIRST_WAIT_S * 2 ** min(over, 16), MAX_WAIT_S)


def retry_after(db: Session, username: str, address: str, now: datetime) -> int:
    """Seconds until this username from this address may try again (0: now)."""
    since = now - WINDOW
    wait = 0
    for column, value in (("username", username), ("address", address)):
        if not value:
            continue
        field = getattr(LoginFailure, column)
        count, latest = db.execute(select(func.count(), func.max(LoginFailure.at))
                                   .where(field == value, LoginFailure.at >= since)).one()
        delay = _wait_after(count, FREE_FAILURES[column])
        if delay and latest is not None:
            wait = max(wait, int((latest + timedelta(seconds=delay) - now).total_seconds()) + 1)
    return max(wait, 0)


def record_failure(db: Session, username: str, address: str, why: str) -> None:
    """Keep and audit a failed attempt in a transaction of its own (its own connection)."""
    now = clock.now()
    username = username[:64]
    with Session(bind=db.get_bind()) as own:
        known = own.scalar(select(Account.id).where(Account.username == username))
        own.execute(insert(LoginFailure).values(at=now, username=username, address=address[:64]))
        # Nobody is signed in: the entry names the username tried (and its account, if there is one).
        someone = Actor(account_id=known, username=username, role="anonymous")
        audit.record(own, someone, "login_failed", "account", known, {"address": address[:64], "why": why})
        own.commit()


def login(db: Session, username: str, password: str, *, kind: str, address: str) -> tuple[str, str, Account]:
    """core.auth.login behind the lockout; failures recorded whatever happens to the caller's transaction."""
    username = username.strip()[:64]
    wait = retry_after(db, username, address, clock.now())
    if wait:
        record_failure(db, username, address, "locked")
        raise LoginLocked(wait)
    try:
        return auth.login(db, username, password, kind=kind)
    except NotAuthenticated:
        record_failure(db, username, address, "password")
        raise


__all__ = ["LoginLocked", "login", "record_failure", "retry_after"]
