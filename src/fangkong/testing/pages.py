"""Testing pages: sampling, lab upload, recalls, turnaround, coverage, advisor."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
