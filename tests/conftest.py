"""Shared fixtures. The backend comes from FANGKONG_TEST_DATABASE_URL: "sqlite" (default) or a
PostgreSQL URL; `python3 dev.py test` runs the suite once for each."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from fangkong.core import clock
from fangkong.core.config import get_settings, normalize_database_url
from fangkong.core.db import get_engine
from fangkong.core.migrate import upgrade

BACKEND_URL = os.environ.get("FANGKONG_TEST_DATABASE_URL", "sqlite")
IS_POSTGRES = BACKEND_URL.startswith("postgres")
CITY_POPULATION = 3000
CITY_SEED = 7


def pytest_report_header(config: pytest.Config) -> str:
    return f"fangkong database backend: {'PostgreSQL ' + BACKEND_URL if IS_POSTGRES else 'SQLite'}"


def _use(url: str) -> str:
    os.environ["FANGKONG_DATABASE_URL"] = url
    get_settings.cache_clear()
    return get_settings().database_url


def _dispose_all() -> None:
    # Engines are cached per URL; a schema reset must not race pooled connections.
    for url in list(_known_urls):
        get_engine(url).dispose()


_known_urls: set[str] = set()
_sqlite_template: dict[str, Path] = {}


_private: dict[str, str] = {}


def _private_postgres_url() -> str:
    """This run's own database beside the configured one ("test" -> "test_run1234"), so two runs side by
    side (a developer and CI, or helpers) never wipe each other's schema. Dropped when the run ends."""
    if "url" not in _private:
        base = make_url(normalize_database_url(BACKEND_URL))
        name = f"{base.database}_run{os.getpid()}"
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        _private["base"] = base.render_as_string(hide_password=False)
        _private["name"] = name
        _private["url"] = base.set(database=name).render_as_string(hide_password=False)
    return _private["url"]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if "url" in _private:
        _dispose_all()
        admin = create_engine(_private["base"], isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{_private["name"]}" WITH (FORCE)'))
        admin.dispose()


def fresh_database(tmp_dir: Path) -> str:
    """An empty database migrated to head, on the backend under test."""
    if IS_POSTGRES:
        url = _private_postgres_url()
        _dispose_all()
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        admin.dispose()
        upgrade(url)
    else:
        # Migrate once per run, then copy the file: a fresh database per test costs a file copy.
        if "path" not in _sqlite_template:
            template = tmp_dir.parent / "template.db"
            upgrade(f"sqlite:///{template}")
            get_engine(f"sqlite:///{template}").dispose()
            _sqlite_template["path"] = template
        target = tmp_dir / "fangkong.db"
        shutil.copyfile(_sqlite_template["path"], target)
        url = f"sqlite:///{target}"
    _known_urls.add(normalize_database_url(url))
    return _use(url)


@pytest.fixture(autouse=True)
def _real_clock() -> Iterator[None]:
    yield
    clock.set_clock(None)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh, empty, migrated database for one test."""
    return fresh_database(tmp_path)


@pytest.fixture(scope="module")
def city_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A small generated city (3,000 persons, seed 7) shared by the tests of one module."""
    from fangkong.drill.city import generate_city

    url = fresh_database(tmp_path_factory.mktemp("city"))
    generate_city(url, population=CITY_POPULATION, seed=CITY_SEED, replace=False, progress=False)
    return _use(url)
