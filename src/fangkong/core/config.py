"""Settings, read from the environment once. One setting chooses the database."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

DEFAULT_DATABASE_URL = "sqlite:///fangkong.db"


def normalize_database_url(url: str) -> str:
    """Accept plain `postgresql://` URLs and point them at psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


@dataclass(frozen=True)
class Settings:
    database_url: str
    secret_key: str
    timezone: str
    session_hours: int
    scan_retention_days: int

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        database_url=normalize_database_url(os.environ.get("FANGKONG_DATABASE_URL", DEFAULT_DATABASE_URL)),
        # The demo secret only signs CSRF tokens of a local demo; production sets its own.
        secret_key=os.environ.get("FANGKONG_SECRET_KEY", "fangkong-demo-secret-change-me"),
        timezone=os.environ.get("FANGKONG_TIMEZONE", "Asia/Shanghai"),
        session_hours=int(os.environ.get("FANGKONG_SESSION_HOURS", "12")),
        scan_retention_days=int(os.environ.get("FANGKONG_SCAN_RETENTION_DAYS", "28")),
    )
