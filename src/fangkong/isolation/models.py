"""Isolation tables: quarantine stays and home monitoring."""

from __future__ import annotations

from fangkong.core.db import Base  # noqa: F401
