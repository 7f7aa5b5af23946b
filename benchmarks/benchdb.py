"""Shared by the benchmark scripts (run as `python benchmarks/x.py`, so this folder is on sys.path):
the database a benchmark times on, and wiping it first."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

# A benchmark is a throwaway installation: it may generate its own secret (core.config, docs/security.md).
os.environ.setdefault("FANGKONG_DEMO", "1")


def database_url(url: str | None, workdir: Path, file_name: str) -> str:
    """The --database URL normalised, or a new SQLite file in the benchmark's temporary folder."""
    from fangkong.core.config import normalize_database_url

    return normalize_database_url(url) if url else f"sqlite:///{workdir / file_name}"


def wipe(url: str) -> None:
    """Start empty: delete a SQLite file (and its WAL), or create a missing PostgreSQL database and
    drop its public schema."""
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        found = connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                   {"n": target.database}).first()
        if not found:
            connection.execute(text(f'CREATE DATABASE "{target.database}"'))
    admin.dispose()
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("DROP SCHEMA IF EXISTS scan_partitions CASCADE"))  # the scan log's days (0013)
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def reuse_or_wipe(url: str | None, workdir: Path, file_name: str, persons: int, reuse: bool) -> tuple[str, bool]:
    """The benchmark's database and whether it already holds a city of exactly `persons` (with --reuse);
    otherwise it is wiped for a new build."""
    url = database_url(url, workdir, file_name)
    if reuse:
        try:
            engine = create_engine(url)
            with engine.connect() as connection:
                count = connection.execute(text("SELECT count(*) FROM person")).scalar()
            engine.dispose()
            if count == persons:
                return url, True
        except Exception:  # noqa: BLE001 - no such database or table: build it
            pass
    wipe(url)
    return url, False


def prepared_city(url: str, reused: bool, persons: int, seed: int) -> float:
    """Point the platform at `url`, bring its schema up to date (a reused city gets the migrations made since
    it was built) and, unless reused, generate a city of `persons`; the seconds that took."""
    import time

    os.environ["FANGKONG_DATABASE_URL"] = url
    from fangkong.core.config import get_settings
    from fangkong.core.migrate import upgrade
    from fangkong.drill.city import generate_city

    get_settings.cache_clear()
    started = time.perf_counter()
    upgrade(url)
    if not reused:
        generate_city(url, population=persons, seed=seed, replace=False, progress=False)
    return time.perf_counter() - started
