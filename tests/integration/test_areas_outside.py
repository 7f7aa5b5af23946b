"""A pasted notice of another city (both databases): each place resolves to "not in this city's registry",
with no candidate guessed; the draft page says so and the commander can withdraw it; the review form
pre-selects nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from fangkong.web.app import create_app
from tests.integration.test_web_pages import csrf_in, login

REAL = Path(__file__).parents[1] / "fixtures" / "notices" / "real"
HAIZHU = (REAL / "32_haizhu_2022_1128_streets.txt").read_text(encoding="utf-8")  # Guangzhou, not this city


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    return create_app(city_url)


@pytest.fixture(scope="module")
def commander(app: FastAPI) -> Iterator[TestClient]:
    client = login(app, "commander")
    yield client
    client.close()


def test_another_citys_notice_is_not_guessed_and_can_be_withdrawn(commander: TestClient) -> None:
    token = csrf_in(commander.get("/areas/notices/new").text)
    drafted = commander.post("/areas/notices", data={"text": HAIZHU, "year": "2022", "csrf_token": token},
                             follow_redirects=False)
    assert drafted.status_code == 303
    notice_id = int(re.search(r"/areas/notices/(\d+)", drafted.headers["location"])[1])  # type: ignore[index]
    page = commander.get(f"/areas/notices/{notice_id}").text
    assert 'data-testid="outside-city"' in page and "海珠区不在本市登记范围" in page
    assert page.count('data-testid="needs-review"') == 15  # every place waits, none matched
    assert 'data-testid="choice-option"' not in page  # no candidate guessed
    assert not re.search(r'name="choice"[^>]*checked', page)  # nothing pre-selected
    token = csrf_in(page)
    withdrawn = commander.post(f"/areas/notices/{notice_id}/withdraw", data={"csrf_token": token},
                               follow_redirects=False)
    assert withdrawn.status_code in (200, 303)
    assert "已撤回" in commander.get(f"/areas/notices/{notice_id}").text
