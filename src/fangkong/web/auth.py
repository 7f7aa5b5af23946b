"""Login and logout (pages and API tokens) and the language switch."""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from fangkong.core import auth, signin
from fangkong.core.config import get_settings
from fangkong.core.errors import NotAuthenticated
from fangkong.core.i18n import t
from fangkong.drill.city import CITY_NAMES
from fangkong.web.deps import (
    CSRF_FIELD,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    ApiActor,
    DbSession,
    PageUserChecked,
    safe_next,
)
from fangkong.web.i18n import LANG_COOKIE, lang_of
from fangkong.web.proxy import client_address
from fangkong.web.templating import render

router = APIRouter()
api_router = APIRouter(prefix="/api/auth", tags=["auth"])


def city_name(lang: str) -> str:
    """The name of the city this installation serves (the demo builds Taiyuan)."""
    return CITY_NAMES.get(lang) or CITY_NAMES["zh"]


def _secure(request: Request) -> bool:
    """Over HTTPS (or behind a trusted TLS proxy, web.proxy) every cookie is Secure."""
    return request.url.scheme == "https"


def _address(request: Request) -> str:
    return client_address(request.client)


def _login_page(request: Request, *, error: str = "", notice: str = "", next_path: str = "/",
                username: str = "", status_code: int = 200) -> HTMLResponse:
    # Double-submit token for the login form itself (there is no session yet to hold one), so a
    # foreign page cannot log a visitor into an account of its choosing.
    token = secrets.token_urlsafe(24)
    lang = lang_of(request)
    response = render(request, "login.html", {
        "error": error, "notice": notice, "next_path": next_path, "username": username,
        "login_csrf": token, "city_name": city_name(lang),
    }, status_code=status_code)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="lax", secure=_secure(request),
                        max_age=3600, path="/login")
    return response


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_form(request: Request, db: DbSession, next: str = "/", out: int = 0) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        try:
            auth.resolve_session(db, token, kind="cookie")
            return RedirectResponse(safe_next(next), status_code=303)
        except NotAuthenticated:
            pass  # an old cookie: show the form
    notice = t("login.logged_out", lang_of(request)) if out else ""
    return _login_page(request, next_path=safe_next(next), notice=notice)


@router.post("/login", include_in_schema=False)
def login_submit(
    request: Request,
    db: DbSession,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form(alias=CSRF_FIELD)] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    lang = lang_of(request)
    next_path = safe_next(next)
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, csrf_token):
        return _login_page(request, error=t("login.form_expired", lang), next_path=next_path,
                           username=username, status_code=403)
    try:
        token, _csrf, _actor = signin.login(db, username, password, kind="cookie", address=_address(request))
    except (NotAuthenticated, signin.LoginLocked) as exc:
        return _login_page(request, error=exc.message(lang), next_path=next_path, username=username,
                           status_code=exc.status_code)
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax", secure=_secure(request),
                        max_age=get_settings().session_hours * 3600, path="/")
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout", include_in_schema=False)
def logout(db: DbSession, page: PageUserChecked) -> Response:
    auth.logout(db, page.token)
    response = RedirectResponse("/login?out=1", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/lang/{lang}", include_in_schema=False)
def switch_language(request: Request, lang: Literal["zh", "en"], next: str | None = None) -> Response:
    """Remember the language in a cookie and go back to the page the link was on."""
    target = next
    if target is None:
        referer = request.headers.get("referer", "")
        origin = f"{request.url.scheme}://{request.url.netloc}"
        if referer.startswith(origin + "/"):
            target = referer[len(origin):]
    response = RedirectResponse(safe_next(target), status_code=303)
    response.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", path="/", secure=_secure(request))
    return response


# ---- API tokens ---------------------------------------------------------------------------


class TokenRequest(BaseModel):
    username: str = Field(examples=["grid"])
    password: str


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    username: str
    role: str


@api_router.post("/token", response_model=TokenOut, summary="Log in and get a bearer token")
def api_token(request: Request, body: TokenRequest, db: DbSession) -> TokenOut:
    token, _csrf, account = signin.login(db, body.username, body.password, kind="bearer", address=_address(request))
    _account, row = auth.resolve_session(db, token, kind="bearer")
    return TokenOut(access_token=token, expires_at=row.expires_at, username=account.username, role=account.role)


@api_router.post("/logout", status_code=204, summary="Revoke the bearer token of this request")
def api_logout(request: Request, db: DbSession, actor: ApiActor) -> Response:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        auth.logout(db, header[7:].strip())
    return Response(status_code=204)
