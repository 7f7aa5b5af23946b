"""Risk-area pages: commander notices, review, active areas, plan view, public pages."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
