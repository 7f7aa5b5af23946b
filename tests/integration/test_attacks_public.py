"""Attack suite: the public risk-area page under a crowd (issue 16: 57–82 requests/s uncached, timeouts on a
publication day). Anonymous reads come from memory until the published notices change; logged-in readers and
answers that set cookies are never cached. Throughput: benchmarks/public_load.py. Both databases."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from fangkong.areas import service as areas
from fangkong.web import publiccache
from fangkong.web.app import create_app
from tests.helpers import login

pytestmark = pytest.mark.security


@pytest.fixture
def app(city_url: str, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.setattr(publiccache, "VERSION_EVERY_S", 0.0)  # check the notices' version on every request
    return create_app(city_url)


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counted: list[int] = []
    real = areas.areas_at
    monkeypatch.setattr(areas, "areas_at", lambda *a, **k: counted.append(1) or real(*a, **k))
    return counted


def test_the_public_page_is_built_once_until_a_notice_is_published(app, renders: list[int],  # noqa: ANN001
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    client = TestClient(app)
    first = client.get("/public/areas")
    assert first.status_code == 200
    for _ in range(5):
        again = client.get("/public/areas")
        assert again.text == first.text
    assert len(renders) == 1
    assert again.headers["x-content-type-options"] == "nosniff"  # the security headers are kept
    real = publiccache._version
    monkeypatch.setattr(publiccache, "_version", lambda url: (real(url), "a new notice"))
    client.get("/public/areas")
    assert len(renders) == 2  # published: built again


def test_logged_in_readers_are_never_served_from_the_cache(app, renders: list[int]) -> None:  # noqa: ANN001
    TestClient(app).get("/public/areas")
    client = login(app, "grid")
    page = client.get("/public/areas")
    assert page.status_code == 200
    assert len(renders) == 2
    TestClient(app).get("/public/areas")
    assert len(renders) == 2  # the anonymous copy was not replaced by the logged-in one
