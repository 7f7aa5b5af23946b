"""The application: pages (Jinja2 + vendored HTMX) and the JSON API (/api, OpenAPI at /docs).

`fangkong serve` runs `create_app` as a uvicorn factory. Service errors (FangkongError) become
JSON under /api and a friendly page elsewhere; a page that needs a login redirects to /login.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import StatementError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from fangkong import domains
from fangkong.codes.fastpath import VerifyFastPath
from fangkong.core import audit, auth
from fangkong.core.config import get_settings, normalize_database_url, require_secret
from fangkong.core.db import transaction
from fangkong.core.errors import FangkongError, PermissionDenied
from fangkong.core.i18n import t
from fangkong.web import account as web_account
from fangkong.web import auditpages as web_auditpages
from fangkong.web import auth as web_auth
from fangkong.web import pages as web_pages
from fangkong.web.i18n import api_lang, lang_of
from fangkong.web.limits import BodyLimit, is_out_of_range
from fangkong.web.proxy import ProxyHeaders
from fangkong.web.publiccache import PublicCache
from fangkong.web.templating import render

STATIC_DIR = Path(__file__).resolve().parent / "static"


def _version() -> str:
    try:
        return metadata.version("fangkong")
    except metadata.PackageNotFoundError:
        return "0"

API_DESCRIPTION = """
The JSON API of Fangkong 防控, the city epidemic prevention and control platform.

**Authentication.** `POST /api/auth/token` with `{"username": ..., "password": ...}` returns a
bearer token; send it as `Authorization: Bearer <token>` (the *Authorize* button here does that).
A logged-in browser may call the API with its session cookie only together with the
`X-CSRF-Token` header (the token is embedded in every page), on every method.

**Privacy.** Names, identity and phone numbers are masked unless the full view is asked for (POST, with a
`reason` in the body, never the URL), by a role allowed to; every read of a person is written to the audit log.

Errors are `{"detail": message, "error": class}`; the message follows `Accept-Language` (zh or en).
"""

# Pages: only our own files, no inline script (HTMX reads its config from a meta tag).
_PAGE_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
             "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI starts itself with one inline script.
_DOCS_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
             "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")


class SecurityHeaders:
    """Headers for every response; pages show personal data, so nothing but static files is cached."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _value in headers}
                extra = {
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"same-origin",
                    b"x-frame-options": b"DENY",
                    b"content-security-policy": (_DOCS_CSP if path == "/docs" else _PAGE_CSP).encode(),
                }
                if not path.startswith("/static/"):
                    extra[b"cache-control"] = b"no-store"
                if scope.get("scheme") == "https":  # served over TLS (or so a trusted proxy says: web.proxy)
                    extra[b"strict-transport-security"] = b"max-age=31536000; includeSubDomains"
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def _json_error(request: Request, status: int, message: str, error: str,
                headers: dict[str, str] | None = None) -> JSONResponse:
    if status == 401:
        headers = {**(headers or {}), "WWW-Authenticate": "Bearer"}
    return JSONResponse({"detail": message, "error": error}, status_code=status, headers=headers)


def _page_error(request: Request, status: int, message: str) -> Response:
    if status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        location = "/login?next=" + quote(target if request.method == "GET" else "/", safe="")
        if request.headers.get("hx-request") == "true":  # HTMX swaps responses; make it navigate
            return Response(status_code=200, headers={"HX-Redirect": location})
        return RedirectResponse(location, status_code=303)
    lang = lang_of(request)
    title = t(f"error.{status}", lang)
    if title == f"error.{status}":
        title = t("error.500" if status >= 500 else "error.400", lang)
    return render(request, "error.html", {"status": status, "title": title, "message": message},
                  status_code=status)


def _record_refusal(request: Request, exc: PermissionDenied) -> None:
    """A refused attempt (probing another grid, a role's forbidden act) is audited in a transaction of its own:
    the request's own transaction, and anything it wrote, has been rolled back."""
    actor = getattr(request.state, "actor", None)
    if actor is None:
        return
    with transaction(request.app.state.database_url) as db:
        audit.record(db, actor, "refused", "request", None,
                     {"method": request.method, "path": request.url.path[:200], "why": exc.en[:200]})


def _unfinished_sign_in(request: Request, exc: FangkongError) -> Response:
    """A page asked by a login that is not finished: on to the page that finishes it (web.account)."""
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    page = "/account/password" if isinstance(exc, auth.PasswordChangeRequired) else "/login/totp"
    location = page + "?next=" + quote(target if request.method == "GET" else "/", safe="")
    if request.headers.get("hx-request") == "true":
        return Response(status_code=200, headers={"HX-Redirect": location})
    return RedirectResponse(location, status_code=303)


async def _fangkong_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, FangkongError)
    if isinstance(exc, PermissionDenied):
        await run_in_threadpool(_record_refusal, request, exc)
    if not _is_api(request) and isinstance(exc, auth.PasswordChangeRequired | auth.SecondFactorRequired):
        return _unfinished_sign_in(request, exc)
    retry = getattr(exc, "retry_after_s", None)  # a sign-in lockout says when to come back
    headers = {"Retry-After": str(retry)} if retry else None
    if _is_api(request):
        return _json_error(request, exc.status_code, exc.message(api_lang(request)), type(exc).__name__, headers)
    return _page_error(request, exc.status_code, exc.message(lang_of(request)))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if _is_api(request):
        return _json_error(request, exc.status_code, str(exc.detail), "HTTPException", exc.headers)
    lang = lang_of(request)
    message = t("error.page_missing", lang) if exc.status_code == 404 else t(f"error.{exc.status_code}", lang)
    return _page_error(request, exc.status_code, message)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if _is_api(request):
        return await request_validation_exception_handler(request, exc)
    return _page_error(request, 422, t("error.invalid_request", lang_of(request)))


async def _out_of_range(request: Request, exc: Exception) -> Response:
    """An id beyond 64 bits names no record: 404 on every route, with or without login (web.limits)."""
    if not is_out_of_range(exc):
        raise exc  # another database error: a bug, for _server_error
    if _is_api(request):
        return _json_error(request, 404, t("error.out_of_range", api_lang(request)), "NotFound")
    return _page_error(request, 404, t("error.out_of_range", lang_of(request)))


async def _server_error(request: Request, exc: Exception) -> Response:
    """A bug: a calm page (or JSON) instead of a bare traceback; the error is still logged."""
    if _is_api(request):
        return _json_error(request, 500, t("error.500", api_lang(request)), "InternalError")
    lang = lang_of(request)
    return render(request, "error.html", {"status": 500, "title": t("error.500", lang),
                                          "message": t("error.500_detail", lang)}, status_code=500)


def create_app(database_url: str | None = None) -> FastAPI:
    """The whole platform as one ASGI app. `database_url` defaults to FANGKONG_DATABASE_URL."""
    app = FastAPI(
        title="Fangkong 防控 API",
        version=_version(),
        description=API_DESCRIPTION,
        docs_url=None,  # served below from vendored Swagger UI files, not a CDN
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.database_url = normalize_database_url(database_url or get_settings().database_url)
    require_secret()  # raises SecretMissing at start-up, not at the first venue check

    app.add_middleware(SecurityHeaders)
    # Outermost: venue devices' POST /api/codes/verify at peak load skips routing and the other layers.
    app.add_middleware(VerifyFastPath)
    # The public risk-area pages, for anonymous readers, from memory until a notice is published (web.publiccache).
    app.add_middleware(PublicCache)
    # Outside even the fast path: a body over the limit is refused before anything reads it (web.limits).
    app.add_middleware(BodyLimit)
    app.add_middleware(ProxyHeaders)  # outermost: the client's address and scheme, as a trusted proxy says
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    exception_handlers: dict[Any, Any] = {
        FangkongError: _fangkong_error,
        StarletteHTTPException: _http_error,
        RequestValidationError: _validation_error,
        OverflowError: _out_of_range,
        StatementError: _out_of_range,
        Exception: _server_error,
    }
    for exc_class, handler in exception_handlers.items():
        app.add_exception_handler(exc_class, handler)

    app.include_router(web_auth.router)
    app.include_router(web_auth.api_router)
    app.include_router(web_account.router)
    app.include_router(web_pages.router)
    app.include_router(web_auditpages.router)
    for _domain, module in domains.modules("pages"):  # each domain's pages and API, found by convention
        app.include_router(module.router)
    for _domain, module in domains.modules("api"):
        app.include_router(module.router, prefix="/api")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Fangkong 防控 API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, bool]:
        return {"ok": True}

    return app


__all__ = ["create_app"]
