"""Shared fixtures (see TESTING.md). The backend comes from FANGKONG_TEST_DATABASE_URL: "sqlite" (default)
or a PostgreSQL URL; `python3 dev.py test` runs everything on SQLite and the integration tests on
PostgreSQL too. Helpers that are not fixtures (login, csrf_in, page_shows, new_persona) are in
tests/helpers.py."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.config import get_settings, normalize_database_url
from fangkong.core.db import get_engine
from fangkong.core.migrate import upgrade
from fangkong.core.scope import Actor
from tests.helpers import persona

# Every run its own secret, as an installation has (the server refuses to start without one).
os.environ.setdefault("FANGKONG_SECRET_KEY", secrets.token_urlsafe(48))
# CI runs the property tests on a fixed seed, so a gate passes or fails for the code, not for luck; a
# developer's runs stay random and keep finding new cases. No deadlines: the machine is shared.
settings.register_profile("ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI", "").lower() == "true" else "dev")

BACKEND_URL = os.environ.get("FANGKONG_TEST_DATABASE_URL", "sqlite")
IS_POSTGRES = BACKEND_URL.startswith("postgres")
CITY_POPULATION = 3000
CITY_SEED = 7


TESTS = Path(__file__).resolve().parent
# The kind of a test is the folder it lives in; each kind is a marker (`-m integration`).
KINDS = ("unit", "integration", "browser")
DATABASE_FIXTURES = {"db", "db_url", "city_url", "fresh_city_url"}


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
    # Engines are cached per URL; a database must not be dropped under pooled connections.
    for url in list(_known_urls):
        get_engine(url).dispose()


_known_urls: set[str] = set()
# Built once per run, then copied for every test or module that asks: "schema" (an empty database
# migrated to head) and "city" (the schema with the generated city and its demo accounts). A copy costs
# a file copy on SQLite and CREATE DATABASE … TEMPLATE on PostgreSQL, instead of migrating and generating.
_templates: dict[str, str] = {}
_postgres: dict[str, str] = {}


def _build(kind: str, url: str) -> None:
    if kind == "schema":
        upgrade(url)
        return
    from fangkong.drill.city import generate_city

    frozen = clock._frozen  # the city is built on real time, whatever the module that asked first froze
    clock.set_clock(None)
    try:
        generate_city(url, population=CITY_POPULATION, seed=CITY_SEED, replace=False, progress=False)
    finally:
        clock.set_clock(frozen)
    get_engine(normalize_database_url(url)).dispose()


def _sqlite_template(kind: str, tmp_dir: Path) -> str:
    if kind not in _templates:
        path = tmp_dir.parent / f"template-{kind}.db"
        if kind == "city":
            shutil.copyfile(_sqlite_template("schema", tmp_dir), path)
        _build(kind, f"sqlite:///{path}")
        get_engine(f"sqlite:///{path}").dispose()
        _templates[kind] = str(path)
    return _templates[kind]


def _admin(*statements: str) -> None:
    admin = create_engine(_postgres["base"], isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for statement in statements:
            connection.execute(text(statement))
    admin.dispose()


def _postgres_run() -> None:
    """This run's databases sit beside the configured one ("test" -> "test_run1234", and its templates
    "test_run1234_schema", "test_run1234_city"), so two runs side by side (a developer and CI, or helpers)
    never touch each other's. All are dropped when the run ends."""
    if not _postgres:
        base = make_url(normalize_database_url(BACKEND_URL))
        _postgres["base"] = base.render_as_string(hide_password=False)
        _postgres["name"] = f"{base.database}_run{os.getpid()}"
        _postgres["url"] = base.set(database=_postgres["name"]).render_as_string(hide_password=False)


def _postgres_url(name: str) -> str:
    return make_url(_postgres["base"]).set(database=name).render_as_string(hide_password=False)


def _copy_postgres(target: str, source: str) -> None:
    _admin(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)',
           # TEMPLATE needs the source without sessions: end any left over (none are expected).
           f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{source}'",
           f'CREATE DATABASE "{target}" TEMPLATE "{source}"')


def _postgres_template(kind: str) -> str:
    if kind not in _templates:
        name = f"{_postgres['name']}_{kind}"
        if kind == "city":
            _copy_postgres(name, _postgres_template("schema"))
        else:
            _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
        _build(kind, _postgres_url(name))
        get_engine(normalize_database_url(_postgres_url(name))).dispose()
        _templates[kind] = name
    return _templates[kind]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _postgres:
        _dispose_all()
        names = [_postgres["name"], *(_templates.values())]
        _admin(*(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)' for name in names))


def fresh_database(tmp_dir: Path, kind: str = "schema") -> str:
    """A new database on the backend under test: empty and migrated to head ("schema"), or holding the
    generated city ("city"). One at a time on PostgreSQL: a new one replaces the last."""
    if IS_POSTGRES:
        _postgres_run()
        template = _postgres_template(kind)
        _dispose_all()
        _copy_postgres(_postgres["name"], template)
        url = _postgres["url"]
    else:
        target = tmp_dir / "fangkong.db"
        shutil.copyfile(_sqlite_template(kind, tmp_dir), target)
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
    """A small generated city (3,000 persons, seed 7, the demo accounts) shared by the tests of one module."""
    return fresh_database(tmp_path_factory.mktemp("city"), "city")


@pytest.fixture
def fresh_city_url(tmp_path: Path) -> str:
    """The same city, a copy for one test alone (for a test that changes the city for good)."""
    return fresh_database(tmp_path, "city")


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
