"""Shared fixtures (see TESTING.md). The backend comes from FANGKONG_TEST_DATABASE_URL: "sqlite" (default)
or a PostgreSQL URL; `python3 dev.py test` runs everything on SQLite and the integration tests on
PostgreSQL too. Helpers that are not fixtures (login, csrf_in, page_shows, new_persona) are in
tests/helpers.py."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.config import get_settings, normalize_database_url
from fangkong.core.db import get_engine
from fangkong.core.migrate import upgrade
from fangkong.core.scope import Actor
from tests.helpers import persona

BACKEND_URL = os.environ.get("FANGKONG_TEST_DATABASE_URL", "sqlite")
IS_POSTGRES = BACKEND_URL.startswith("postgres")
CITY_POPULATION = 3000
CITY_SEED = 7


TESTS = Path(__file__).resolve().parent
# The kind of a test is the folder it lives in; each kind is a marker (`-m integration`).
KINDS = ("unit", "integration", "browser")
DATABASE_FIXTURES = {"db", "db_url", "city_url"}


def pytest_report_header(config: pytest.Config) -> str:
    return f"fangkong database backend: {'PostgreSQL ' + BACKEND_URL if IS_POSTGRES else 'SQLite'}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        kind = item.path.relative_to(TESTS).parts[0] if item.path.is_relative_to(TESTS) else ""
        if kind in KINDS:
            item.add_marker(getattr(pytest.mark, kind))
        if kind == "unit" and DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())):
            raise pytest.UsageError(f"{item.nodeid}: a unit test uses a database; it belongs in tests/integration")
        if kind == "browser" and not _says_browser(getattr(item, "module", None)):
            raise pytest.UsageError(f"{item.nodeid}: a browser test module must say "
                                    "`pytestmark = pytest.mark.browser`")


def _says_browser(module: object) -> bool:
    marks = getattr(module, "pytestmark", [])
    marks = marks if isinstance(marks, list) else [marks]
    return any(getattr(mark, "name", None) == "browser" for mark in marks)


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


@pytest.fixture
def db(city_url: str) -> Iterator[Session]:
    """A session on the module's city whose work is rolled back after the test (services never commit)."""
    session = Session(get_engine(city_url))
    try:
        yield session
    finally:
        session.rollback()
        session.close()


# ---- the demo cast (tests/helpers.py PERSONAS): actors of the city's real accounts, via core.auth ----


@pytest.fixture(scope="module")
def commander(city_url: str) -> Actor:
    """City-wide 指挥部/防控办."""
    return persona(city_url, "commander")


@pytest.fixture(scope="module")
def district_staff(city_url: str) -> Actor:
    """万柏林区防控办."""
    return persona(city_url, "district")


@pytest.fixture(scope="module")
def street_staff(city_url: str) -> Actor:
    """杨家峪街道防控办 (a district_staff account at street level, in 杏花岭区)."""
    return persona(city_url, "street")


@pytest.fixture(scope="module")
def grid_worker(city_url: str) -> Actor:
    """光华街社区第1网格."""
    return persona(city_url, "grid")


@pytest.fixture(scope="module")
def neighbour_grid_worker(city_url: str) -> Actor:
    """光华街社区第2网格: the neighbour whose households `grid_worker` must not see."""
    return persona(city_url, "grid2")


@pytest.fixture(scope="module")
def sampler(city_url: str) -> Actor:
    """光华街社区, at its sampling site."""
    return persona(city_url, "sampler")


@pytest.fixture(scope="module")
def lab(city_url: str) -> Actor:
    """The air-film lab of 聚海通工业园 (venue-bound, no place jurisdiction)."""
    return persona(city_url, "lab")


@pytest.fixture(scope="module")
def epidemiologist(city_url: str) -> Actor:
    """City-wide 流调专班."""
    return persona(city_url, "epidemiologist")


@pytest.fixture(scope="module")
def quarantine_staff(city_url: str) -> Actor:
    """A quarantine hotel of 万柏林区 (venue-bound)."""
    return persona(city_url, "quarantine")


@pytest.fixture(scope="module")
def checkpoint_staff(city_url: str) -> Actor:
    """阳曲高速口 (venue-bound)."""
    return persona(city_url, "checkpoint")


@pytest.fixture(scope="module")
def property_volunteer(city_url: str) -> Actor:
    """电子二所家属楼's property office."""
    return persona(city_url, "property")


@pytest.fixture(scope="module")
def resident(city_url: str) -> Actor:
    """An adult of the first grid of 光华街社区: own record only."""
    return persona(city_url, "resident")


@pytest.fixture(scope="module")
def auditor(city_url: str) -> Actor:
    """City-wide 督查."""
    return persona(city_url, "auditor")


@pytest.fixture(scope="module")
def hotline_operator(city_url: str) -> Actor:
    """The city's 12345 hotline: finds any caller (masked) and files help requests for them."""
    return persona(city_url, "hotline")
