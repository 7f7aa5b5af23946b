"""Health-code pages: my code, reasons, declarations, overrides."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
