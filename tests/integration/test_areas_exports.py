"""The risk areas in force exported to .xlsx (issue 17): the rows of the page at the page's moment, places
only (nothing to mask, no full export offered), audited; refused to roles without areas.read. Both databases."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from fangkong.areas import flows
from fangkong.areas import service as areas
from fangkong.core.db import transaction
from fangkong.core.models import AuditEntry
from fangkong.core.scope import system_actor
from fangkong.registry.models import Place
from fangkong.web.app import create_app
from tests.helpers import login, page_shows, xlsx_rows

OPERATOR = system_actor("tests")


@pytest.fixture(scope="module")
def silenced(city_url: str) -> str:
    """The city's first district silenced from 20 November 18:00 (a notice published by the office)."""
    with transaction(city_url) as db:
        district = db.scalars(select(Place).where(Place.level == "district").order_by(Place.id)).first()
        assert district is not None
        notice = areas.draft_notice(db, OPERATOR, f"自2022年11月20日18时起,对{district.name}实行临时静默管理。",
                                    default_year=2022)
        flows.publish_notice(db, OPERATOR, notice.id, now=datetime(2022, 11, 20, 18))
        return district.name


@pytest.fixture(scope="module")
def app(city_url: str, silenced: str) -> FastAPI:
    return create_app(city_url)


def test_the_risk_areas_page_exports_what_it_shows(app: FastAPI, silenced: str, city_url: str) -> None:
    client = login(app, "commander")
    page = client.get("/areas?at=2022-11-22T09:00")
    page_shows(page, silenced, testids=("export-xlsx",))
    assert 'data-testid="export-full-form"' not in page.text
    rows = xlsx_rows(client.get("/areas/export.xlsx?at=2022-11-22T09:00"))
    assert "风险区" in str(rows[0][0]) and "2022-11-22 09:00" in str(rows[0][0])
    assert rows[2][:3] == ["区县", "地区", "风险等级"]
    body = rows[3:]
    assert any(row[0] == silenced and row[2] == "临时静默管理区域" and str(row[3]).startswith("2022-11-20 18:00")
               for row in body), body
    english_client = login(app, "commander")
    english_client.get("/lang/en")
    english = xlsx_rows(english_client.get("/areas/export.xlsx?at=2022-11-22T09:00"))
    assert english[2][:3] == ["District", "Area", "Level"] and str(english[0][0]).startswith("Risk areas")
    with transaction(city_url) as db:
        entry = db.scalars(select(AuditEntry).where(AuditEntry.subject_type == "export")
                           .order_by(AuditEntry.id.desc()).limit(1)).one()
    assert entry.action == "read" and entry.subject_id == "risk_areas" and json.loads(entry.detail)["rows"] >= 1


def test_after_the_lifting_nothing_is_exported_and_other_roles_are_refused(app: FastAPI, silenced: str) -> None:
    client = login(app, "commander")
    before = xlsx_rows(client.get("/areas/export.xlsx?at=2022-11-19T09:00"))
    assert all(row[0] != silenced for row in before[3:])
    assert login(app, "grid").get("/areas/export.xlsx").status_code == 403
