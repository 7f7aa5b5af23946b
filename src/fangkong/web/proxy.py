"""Behind a TLS-terminating reverse proxy (docs/security.md, "Deploying"): only a proxy listed in
FANGKONG_TRUSTED_PROXIES may say who the client is (X-Forwarded-For) and that the request came over HTTPS
(X-Forwarded-Proto). Anyone else sending those headers is ignored, so a client cannot pick the address its
failed sign-ins are counted against."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from fangkong.core.config import get_settings


class ProxyHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            trusted = get_settings().trusted_proxies
            client = scope.get("client")
            if trusted and client and client[0] in trusted:
                _believe(scope, trusted)
        await self.app(scope, receive, send)


def _believe(scope: Scope, trusted: frozenset[str]) -> None:
    headers = {name: value for name, value in scope.get("headers", ())}
    proto = headers.get(b"x-forwarded-proto", b"").split(b",")[0].strip().lower()
    if proto in (b"http", b"https"):
        scope["scheme"] = proto.decode()
    hops = [hop.strip() for hop in headers.get(b"x-forwarded-for", b"").decode("latin-1").split(",") if hop.strip()]
    for hop in reversed(hops):  # the nearest address no trusted proxy vouches for is the client
        if hop not in trusted:
            scope["client"] = (hop[:64], 0)
            break


def client_address(scope_client: tuple[str, int] | None) -> str:
    return scope_client[0] if scope_client else ""


__all__ = ["ProxyHeaders", "client_address"]
