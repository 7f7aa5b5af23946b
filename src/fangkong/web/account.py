"""The pages that finish or strengthen a sign-in (docs/security.md): choosing one's own password (required at
first sign-in for accounts an administrator made), the authenticator code of a login, and TOTP enrolment.

These are the only pages an unfinished login reaches: core.auth.resolve_session refuses every other page and
API call, and web.app sends the browser here."""

from __future__ import annotations

from typing import Annotated

import segno
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from fangkong.core import accounts, auth, signin, totp
from fangkong.core.errors import FangkongError, NotAuthenticated
from fangkong.core.i18n import t
from fangkong.web.deps import CSRF_FIELD, SESSION_COOKIE, CsrfRefused, DbSession, PageUser, safe_next
from fangkong.web.i18n import lang_of
from fangkong.web.proxy import client_address
from fangkong.web.templating import render

router = APIRouter(include_in_schema=False)
PASSWORD_PATH = "/account/password"
TOTP_LOGIN_PATH = "/login/totp"
TOTP_ENROL_PATH = "/account/totp"


def _csrf(row, submitted: str) -> None:  # noqa: ANN001
    try:
        auth.check_csrf(row, submitted)
    except NotAuthenticated:
        raise CsrfRefused() from None


def _unfinished(request: Request, db: DbSession, allow: str, csrf: str | None = None):  # noqa: ANN202
    """The account and login of this cookie, letting through the one unfinished stage this page finishes."""
    account, row = auth.resolve_session(db, request.cookies.get(SESSION_COOKIE), kind="cookie",
                                        allow=frozenset({allow}))
    if csrf is not None:
        _csrf(row, csrf)
    request.state.csrf = row.csrf_token
    return account, row


# ---- own password -------------------------------------------------------------------------------------------


def _password_page(request: Request, account, row, *, error: str = "", status_code: int = 200,  # noqa: ANN001
                   next_path: str = "/") -> HTMLResponse:
    return render(request, "account/password.html", {
        "first": account.must_change_password, "error": error, "csrf": row.csrf_token, "next_path": next_path,
        "username": account.username}, status_code=status_code)


@router.get(PASSWORD_PATH, response_class=HTMLResponse)
def password_form(request: Request, db: DbSession, next: str = "/") -> Response:
    account, row = _unfinished(request, db, "password")
    return _password_page(request, account, row, next_path=safe_next(next))


@router.post(PASSWORD_PATH)
def password_submit(
    request: Request, db: DbSession,
    current: Annotated[str, Form()] = "", new: Annotated[str, Form()] = "", repeat: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form(alias=CSRF_FIELD)] = "", next: Annotated[str, Form()] = "/",
) -> Response:
    account, row = _unfinished(request, db, "password", csrf_token)
    lang = lang_of(request)
    if new != repeat:
        return _password_page(request, account, row, error=t("account.password_mismatch", lang), status_code=422)
    try:
        accounts.change_password(db, account, row, current=current, new=new,
                                 address=client_address(request.client))
    except FangkongError as exc:  # nothing was changed: the checks come before the change
        return _password_page(request, account, row, error=exc.message(lang), status_code=exc.status_code,
                              next_path=safe_next(next))
    return RedirectResponse(safe_next(next), status_code=303)


# ---- the code of a login --------------------------------------------------------------------------------


@router.get(TOTP_LOGIN_PATH, response_class=HTMLResponse)
def totp_login_form(request: Request, db: DbSession, next: str = "/") -> Response:
    _account, row = _unfinished(request, db, "totp")
    if row.stage != auth.STAGE_TOTP:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "account/totp_login.html", {"csrf": row.csrf_token, "next_path": safe_next(next),
                                                       "error": ""})


@router.post(TOTP_LOGIN_PATH)
def totp_login_submit(
    request: Request, db: DbSession, code: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form(alias=CSRF_FIELD)] = "", next: Annotated[str, Form()] = "/",
) -> Response:
    account, row = _unfinished(request, db, "totp", csrf_token)
    try:
        accounts.verify_second_factor(db, account, row, code, client_address(request.client))
    except FangkongError as exc:  # nothing was changed: the checks come before the change
        headers = {"Retry-After": str(exc.retry_after_s)} if isinstance(exc, signin.LoginLocked) else None
        return render(request, "account/totp_login.html", {
            "csrf": row.csrf_token, "next_path": safe_next(next), "error": exc.message(lang_of(request))},
            status_code=exc.status_code if exc.status_code != 401 else 403, headers=headers)
    return RedirectResponse(safe_next(next), status_code=303)


# ---- enrolment ---------------------------------------------------------------------------------------------


def _qr_data_uri(uri: str) -> str:
    """The enrolment QR code as an inline image (the page's CSP allows data: images, not inline scripts)."""
    return segno.make(uri, error="m").svg_data_uri(scale=5, dark="#111", light="#fff", border=4)


def _enrol_page(request: Request, db: DbSession, page: PageUser, *, error: str = "", done: bool = False,
                status_code: int = 200) -> HTMLResponse:
    account = accounts.by_username(db, page.actor.username)
    context: dict[str, object] = {"enrolled": account.totp_secret is not None, "error": error, "done": done,
                                  "may": accounts.may_enrol(account)}
    if context["may"] and not done:
        secret = accounts.begin_enrolment(db, account)
        context.update(secret=secret, qr=_qr_data_uri(totp.provisioning_uri(secret, account.username)))
    return render(request, "account/totp_enrol.html", context, status_code=status_code)


@router.get(TOTP_ENROL_PATH, response_class=HTMLResponse)
def totp_enrol_form(request: Request, db: DbSession, page: PageUser) -> Response:
    return _enrol_page(request, db, page)


@router.post(TOTP_ENROL_PATH)
def totp_enrol_submit(request: Request, db: DbSession, page: PageUser, code: Annotated[str, Form()] = "",
                      csrf_token: Annotated[str, Form(alias=CSRF_FIELD)] = "") -> Response:
    _csrf(page.session, csrf_token)
    account = accounts.by_username(db, page.actor.username)
    try:
        accounts.confirm_enrolment(db, account, code, client_address(request.client))
    except FangkongError as exc:
        return _enrol_page(request, db, page, error=exc.message(lang_of(request)), status_code=exc.status_code)
    return _enrol_page(request, db, page, done=True)
