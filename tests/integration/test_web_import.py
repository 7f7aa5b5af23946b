"""The import page: template download, per-row per-field errors with nothing written, CSRF."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from fangkong.core import auth
from fangkong.core.db import transaction
from fangkong.registry import imports
from fangkong.registry.models import Person, Place
from fangkong.web.app import create_app
from tests.helpers import csrf_of, login, page_shows

PASSWORD = "import-test-pw"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def app(db_url: str) -> FastAPI:
    with transaction(db_url) as db:
        auth.create_account(db, username="chief", password=PASSWORD, role="commander", display_name="指挥部")
        auth.create_account(db, username="sampler1", password=PASSWORD, role="sampler", display_name="采样员")
    return create_app(db_url)


def login_as(app: FastAPI, username: str) -> TestClient:
    return login(app, username, PASSWORD)


def csrf(client: TestClient) -> str:
    return csrf_of(client, "/import")


def header_of(kind: str) -> list[str]:
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(imports.template_xlsx(kind))).active
    return [str(c.value) for c in next(sheet.iter_rows(max_row=1)) if c.value is not None]


def counts(db_url: str) -> tuple[int, int]:
    with transaction(db_url) as db:
        return (db.scalar(select(func.count()).select_from(Person)) or 0,
                db.scalar(select(func.count()).select_from(Place)) or 0)


def test_template_download(app: FastAPI) -> None:
    client = login_as(app, "chief")
    page = client.get("/import")
    page_shows(page, "数据导入")
    assert 'href="/import/template/persons"' in page.text
    response = client.get("/import/template/persons")
    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX and response.content[:2] == b"PK"
    assert client.get("/import/template/bogus").status_code == 422


@pytest.mark.parametrize("kind", ["persons", "places"])
def test_bad_rows_are_listed_and_nothing_is_written(app: FastAPI, db_url: str, kind: str) -> None:
    client = login_as(app, "chief")
    before = counts(db_url)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    columns = header_of(kind)
    writer.writerow(columns)
    writer.writerow(["??不存在??" for _ in columns])
    writer.writerow(["" for _ in columns])
    response = client.post("/import", data={"kind": kind, "csrf_token": csrf(client)},
                           files={"file": ("bad.csv", buffer.getvalue().encode("utf-8"), "text/csv")})
    assert response.status_code == 422
    assert 'data-testid="import-errors"' in response.text
    assert "未写入任何数据" in response.text
    assert counts(db_url) == before


def test_good_places_are_imported(app: FastAPI, db_url: str) -> None:
    client = login_as(app, "chief")
    before = counts(db_url)
    text = "层级,名称,上级编码,编码\n县区,测试区,,149901\n街道,测试街道,149901,149901001\n"
    response = client.post("/import", data={"kind": "places", "csrf_token": csrf(client)},
                           files={"file": ("places.csv", text.encode("utf-8"), "text/csv")})
    page_shows(response, "已导入 2 行", testids=["import-done"])
    assert counts(db_url) == (before[0], before[1] + 2)


def test_upload_needs_csrf_a_file_and_the_permission(app: FastAPI) -> None:
    client = login_as(app, "chief")
    refused = client.post("/import", data={"kind": "persons"},
                          files={"file": ("x.csv", b"a,b\n", "text/csv")})
    assert refused.status_code == 403
    no_file = client.post("/import", data={"kind": "persons", "csrf_token": csrf(client)})
    page_shows(no_file, "请选择要上传的文件", status=422)
    sampler = login_as(app, "sampler1")
    assert sampler.get("/import").status_code == 403
