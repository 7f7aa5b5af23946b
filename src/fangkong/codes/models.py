"""Health-code tables: stored codes with reasons, overrides, declarations, scan log."""

from __future__ import annotations

from fangkong.core.db import Base  # noqa: F401
