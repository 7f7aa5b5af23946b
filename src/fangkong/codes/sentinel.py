"""Venue sentinel (数字哨兵): the check page and the verification endpoint with the scan log."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
