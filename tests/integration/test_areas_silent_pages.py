"""Temporary silent management on the pages (both databases): the areas view, the plan and the public page
show a silenced district with its own name and the policy's measures, and no longer once it is lifted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from fangkong.areas import flows
from fangkong.areas import service as areas
from fangkong.core.db import transaction
from fangkong.core.scope import system_actor
from fangkong.registry.models import Place
from fangkong.web.app import create_app
from tests.integration.test_web_pages import login

COMMANDER = system_actor("tests")
MEASURES = "居家静默、非必要不外出"


@pytest.fixture(scope="module")
def silenced(city_url: str) -> str:
    """The city's first district silenced on 20 November 18:00 and lifted on 25 November 0:00."""
    with transaction(city_url) as db:
        district = db.scalars(select(Place).where(Place.level == "district").order_by(Place.id)).first()
        assert district is not None
        for text, now in [(f"自2022年11月20日18时起,对{district.name}实行临时静默管理。", datetime(2022, 11, 20, 18)),
                          (f"自2022年11月25日0时起,{district.name}解除临时静默管理。", datetime(2022, 11, 25))]:
            notice = areas.draft_notice(db, COMMANDER, text, default_year=2022)
            flows.publish_notice(db, COMMANDER, notice.id, now=now)
        return district.name


@pytest.fixture(scope="module")
def app(city_url: str, silenced: str) -> FastAPI:
    return create_app(city_url)


@pytest.fixture(scope="module")
def commander(app: FastAPI) -> Iterator[TestClient]:
    client = login(app, "commander")
    yield client
    client.close()


@pytest.mark.parametrize("path", ["/public/areas", "/areas", "/areas/plan"])
def test_a_silenced_district_is_shown_with_its_measures_while_it_holds(
        commander: TestClient, silenced: str, path: str) -> None:
    during = commander.get(f"{path}?at=2022-11-22T09:00")
    assert during.status_code == 200
    assert "临时静默管理区域" in during.text and MEASURES in during.text
    assert 'data-level="silent"' in during.text if path == "/areas/plan" else "lv-silent" in during.text
    if path != "/areas/plan":
        assert silenced in during.text
    after = commander.get(f"{path}?at=2022-11-26T09:00")
    # Lifted: no silent area and no measures of it (the legend still names every level of the policy).
    assert after.status_code == 200 and MEASURES not in after.text
    assert 'data-level="silent"' not in after.text and "lv-edge-silent" not in after.text



def test_the_public_page_says_which_places_were_lifted(commander: TestClient, silenced: str) -> None:
    page = commander.get("/public/areas?at=2022-11-26T09:00").text
    lifted = page[page.index('data-testid="pub-lifted"'):]
    assert silenced in lifted[:lifted.index("</section>")] and "11-25 00:00" in lifted
    assert 'data-testid="pub-lifted"' not in commander.get("/public/areas?at=2022-11-22T09:00").text
