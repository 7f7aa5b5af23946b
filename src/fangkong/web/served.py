"""What a server runs (`fangkong serve`, granian / uvicorn factory): the platform app behind the venue-check
front, so POST /api/codes/verify (codes.fastpath) skips even FastAPI's outermost layers."""

from __future__ import annotations

from typing import Any

from starlette.types import Receive, Scope, Send

from fangkong.codes.fastpath import VERIFY_PATH, verify_asgi
from fangkong.web.app import create_app


class VerifyFront:
    """The ASGI entry a server runs (`create_served_app`): POST /api/codes/verify goes straight to its
    handler, before FastAPI's per-request telemetry check and Starlette's error middleware; everything
    else goes to the platform app unchanged."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.state = app.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == VERIFY_PATH:
            scope["app"] = self.app
            await verify_asgi(scope, receive, send)
            return
        await self.app(scope, receive, send)


def create_served_app(database_url: str | None = None) -> VerifyFront:
    """Factory for granian / uvicorn: the platform app behind the verify front."""
    return VerifyFront(create_app(database_url))


__all__ = ["VerifyFront", "create_served_app"]
