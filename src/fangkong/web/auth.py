"""Login and logout (pages and API tokens) and the language switch."""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from fangkong.core import accounts, auth, signin
from fangkong.core.config import get_settings
from fangkong.core.errors import NotAuthenticated
from fangkong.core.i18n import t
from fangkong.drill.city import CITY_NAMES
from fangkong.web.deps import (
    CSRF_FIELD,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    ApiActor,
    CsrfRefused,
    DbSession,
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
        token, _csrf, account = signin.login(db, username, password, kind="cookie", address=_address(request))
    except (NotAuthenticated, signin.LoginLocked) as exc:
        return _login_page(request, error=exc.message(lang), next_path=next_path, username=username,
                           status_code=exc.status_code)
    # An unfinished sign-in goes on at its page (the code, then a password of one's own); other pages refuse it.
    if account.totp_secret is not None:
        next_path = "/login/totp?next=" + quote(next_path, safe="")
    elif account.must_change_password:
        next_path = "/account/password?next=" + quote(next_path, safe="")
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax", secure=_secure(request),
                        max_age=get_settings().session_hours * 3600, path="/")
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, db: DbSession, csrf_token: Annotated[str, Form(alias=CSRF_FIELD)] = "") -> Response:
    # Also from a sign-in still unfinished (a password to choose, a code to type): leaving is always allowed.
    token = request.cookies.get(SESSION_COOKIE)
    _account, row = auth.resolve_session(db, token, kind="cookie", allow=frozenset({"password", "totp"}))
    try:
        auth.check_csrf(row, request.headers.get("X-CSRF-Token") or csrf_token)
    except NotAuthenticated:
        raise CsrfRefused() from None  # a foreign page cannot log the user out
    auth.logout(db, token or "")
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
    username: str = Field(examples=["grid"], max_length=200)
    password: str = Field(max_length=200)
    totp: str | None = Field(None, max_length=12, description="The authenticator code, for accounts with TOTP")


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    username: str
    role: str


@api_router.post("/token", response_model=TokenOut, summary="Log in and get a bearer token")
def api_token(request: Request, body: TokenRequest, db: DbSession) -> TokenOut:
    address = _address(request)
    token, _csrf, account = signin.login(db, body.username, body.password, kind="bearer", address=address)
    _account, row = auth.resolve_session(db, token, kind="bearer", allow=frozenset({"totp", "password"}))
    if row.stage == auth.STAGE_TOTP:
        if not body.totp:
            raise auth.SecondFactorRequired()
        accounts.verify_second_factor(db, account, row, body.totp, address)
    if account.must_change_password:
        raise auth.PasswordChangeRequired()  # at /account/password first; no token until then
    return TokenOut(access_token=token, expires_at=row.expires_at, username=account.username, role=account.role)


@api_router.post("/logout", status_code=204, summary="Revoke the bearer token of this request")
def api_logout(request: Request, db: DbSession, actor: ApiActor) -> Response:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        auth.logout(db, header[7:].strip())
    return Response(status_code=204)
