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
    # Health-code tokens and the venue sentinel (codes/tokens.py, codes/scanlog.py; README "Settings").
    code_token_validity_s: int = 300
    code_signing_key_file: str = ""
    key_dir: str = ""
    sentinel_scan_write: bool = True
    sentinel_batch_ms: float = 0.0
    sentinel_batch_max: int = 512
    sentinel_queue_max: int = 4096
    sentinel_max_test_age_h: int = 72

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
        code_token_validity_s=int(os.environ.get("FANGKONG_CODE_TOKEN_VALIDITY_S", "300")),
        code_signing_key_file=os.environ.get("FANGKONG_CODE_SIGNING_KEY", ""),
        key_dir=os.environ.get("FANGKONG_KEY_DIR", ""),
        sentinel_scan_write=os.environ.get("FANGKONG_SENTINEL_SCAN_WRITE", "1") not in ("0", "false", "no"),
        sentinel_batch_ms=float(os.environ.get("FANGKONG_SENTINEL_BATCH_MS", "0")),
        sentinel_batch_max=int(os.environ.get("FANGKONG_SENTINEL_BATCH_MAX", "512")),
        sentinel_queue_max=int(os.environ.get("FANGKONG_SENTINEL_QUEUE_MAX", "4096")),
        sentinel_max_test_age_h=int(os.environ.get("FANGKONG_SENTINEL_MAX_TEST_AGE_H", "72")),
    )
