"""Request dependencies: the database session (one transaction per request), who is acting, CSRF.

Authentication rules:
- Pages use the `fk_session` cookie (HttpOnly, SameSite=Lax). Every state-changing form POST
  carries a hidden `csrf_token`; HTMX requests send the same token as the `X-CSRF-Token` header.
- The JSON API (/api) takes `Authorization: Bearer <token>` from POST /api/auth/token. A browser
  may also call it with its session cookie, but only together with the `X-CSRF-Token` header, on
  every method: a cross-site page can send the cookie (top-level GET) but cannot set a header, and
  even a GET can write to the audit log (a full view of a person).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from fangkong.core import auth
from fangkong.core.db import transaction
from fangkong.core.errors import FangkongError, NotAuthenticated
from fangkong.core.i18n import MESSAGES
from fangkong.core.models import AuthSession
from fangkong.core.scope import Actor
from fangkong.registry import service as registry

SESSION_COOKIE = "fk_session"
LOGIN_CSRF_COOKIE = "fk_login_csrf"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


class CsrfRefused(FangkongError):
    """A state-changing request without the session's CSRF token: refused, not a reason to log out."""

    status_code = 403

    def __init__(self, key: str = "error.csrf") -> None:
        super().__init__(*MESSAGES[key])


def get_db(request: Request) -> Iterator[Session]:
    """One transaction per request: committed when the handler returns, rolled back if it raises.
    Used with scope="function" so the commit happens before the response is sent: a client never
    sees success for work that then fails to commit."""
    with transaction(request.app.state.database_url) as session:
        yield session


DbSession = Annotated[Session, Depends(get_db, scope="function")]


@dataclass(frozen=True)
class PageAuth:
    actor: Actor
    session: AuthSession
    token: str

    @property
    def csrf(self) -> str:
        return self.session.csrf_token


def _page_auth(request: Request, db: DbSession) -> PageAuth:
    token = request.cookies.get(SESSION_COOKIE)
    account, row = auth.resolve_session(db, token, kind="cookie")
    actor = registry.actor_for(db, account)
    # The templates show who is logged in and embed the CSRF token in forms and HTMX headers.
    request.state.actor = actor
    request.state.csrf = row.csrf_token
    return PageAuth(actor=actor, session=row, token=token or "")


PageUser = Annotated[PageAuth, Depends(_page_auth)]


def _page_actor(page: PageUser) -> Actor:
    return page.actor


PageActor = Annotated[Actor, Depends(_page_actor)]


async def _page_csrf(request: Request, page: PageUser) -> PageAuth:
    """For page POSTs: the header (HTMX) or the hidden form field must match the session's token."""
    submitted = request.headers.get(CSRF_HEADER)
    if not submitted:
        form = await request.form()  # cached by Starlette, so the handler's Form(...) still reads it
        value = form.get(CSRF_FIELD)
        submitted = value if isinstance(value, str) else None
    try:
        auth.check_csrf(page.session, submitted)
    except NotAuthenticated:
        raise CsrfRefused() from None
    return page


PageUserChecked = Annotated[PageAuth, Depends(_page_csrf)]

_bearer = HTTPBearer(
    auto_error=False,
    description="Token from POST /api/auth/token. (A browser session cookie works too, "
    "with the X-CSRF-Token header.)",
)


def _api_actor(
    request: Request,
    db: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor:
    if credentials is not None:
        account, _row = auth.resolve_session(db, credentials.credentials, kind="bearer")
        request.state.actor = registry.actor_for(db, account)  # named in the audit of a refusal (web.app)
        return request.state.actor
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        raise NotAuthenticated("请先登录或提供访问令牌", "Log in or send a bearer token")
    account, row = auth.resolve_session(db, cookie, kind="cookie")
    try:
        auth.check_csrf(row, request.headers.get(CSRF_HEADER))
    except NotAuthenticated:
        raise CsrfRefused("error.csrf_api") from None
    request.state.actor = registry.actor_for(db, account)
    return request.state.actor


ApiActor = Annotated[Actor, Depends(_api_actor)]


def safe_next(target: str | None, default: str = "/") -> str:
    """Only same-site paths: '/registry', never '//evil.example' or 'https://...'."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default
