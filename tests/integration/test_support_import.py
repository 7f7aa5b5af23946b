"""The vulnerable-residents import (困难群体台账): GB18030 CSV and .xlsx, office words for categories,
every row or none with the wrong rows listed, the grid worker's jurisdiction, a second import changing
nothing, and the grid page's upload form. Both databases."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.core.errors import InvalidInput
from fangkong.registry.models import Person
from fangkong.support import service
from fangkong.support.models import VulnerableCategory
from tests.helpers import csrf_of, login, page_shows, persona_in

T0 = datetime(2022, 12, 5, 9, 0)


@pytest.fixture(autouse=True)
def frozen() -> None:
    clock.set_clock(T0)


def _grid_residents(db, grid, count: int) -> list[Person]:  # type: ignore[no-untyped-def]
    return list(db.scalars(select(Person).where(Person.grid_id == grid.jurisdiction_id).order_by(Person.id)
                           .limit(count)))


def test_a_gb18030_csv_with_office_words_imports_every_row(city_url: str) -> None:
    with transaction(city_url) as db:
        grid = persona_in(db, "grid")
        first, second = _grid_residents(db, grid, 2)
        text = ("困难群体台账(某社区)\n身份证号,人员类别,下次治疗日期,备注\n"
                f"{first.id_number},独居老人、透析,2022年12月7日,周三血透\n"
                f"{second.id_number},低保户,,\n")
        report = service.import_categories(db, grid, content=text.encode("gb18030"), filename="台账.csv")
        assert (report.rows, report.added, report.updated) == (3, 3, 0)
        rows = {(r.person_id, r.category): r for r in db.scalars(select(VulnerableCategory).where(
            VulnerableCategory.person_id.in_([first.id, second.id])))}
        assert set(rows) == {(first.id, "living_alone"), (first.id, "regular_treatment"), (second.id, "low_income")}
        assert rows[(first.id, "regular_treatment")].next_session_on == date(2022, 12, 7)
        assert rows[(first.id, "living_alone")].grid_id == grid.jurisdiction_id
        again = service.import_categories(db, grid, content=text.encode("gb18030"), filename="台账.csv")
        assert (again.added, again.updated) == (0, 3)
        assert db.scalar(select(func.count()).select_from(VulnerableCategory).where(
            VulnerableCategory.person_id.in_([first.id, second.id]))) == 3
        db.rollback()


def test_one_wrong_row_refuses_the_file_and_names_every_wrong_row(city_url: str) -> None:
    with transaction(city_url) as db:
        grid = persona_in(db, "grid")
        mine = _grid_residents(db, grid, 1)[0]
        stranger = db.scalar(select(Person).where(Person.grid_id != grid.jurisdiction_id).limit(1))
        book = Workbook()
        sheet = book.active
        sheet.append(["id_number", "category"])
        sheet.append([mine.id_number, "独居"])
        sheet.append([stranger.id_number, "残疾"])
        sheet.append(["110101199003071234", "空巢"])
        sheet.append([mine.id_number, "会飞"])
        data = io.BytesIO()
        book.save(data)
        before = db.scalar(select(func.count()).select_from(VulnerableCategory))
        with pytest.raises(InvalidInput) as refused:
            service.import_categories(db, grid, content=data.getvalue(), filename="list.xlsx")
        message = refused.value.zh
        assert "4 行有误" not in message and "3 行有误" in message
        assert "第 3 行 不在您的管辖范围内" in message and "第 5 行 类别不认识:会飞" in message
        assert "第 4 行" in message
        assert db.scalar(select(func.count()).select_from(VulnerableCategory)) == before
        with pytest.raises(InvalidInput) as empty:
            service.import_categories(db, grid, content=b"", filename="empty.csv")
        assert "空" in empty.value.zh
        db.rollback()


def test_the_grid_page_imports_a_file_and_lists_the_residents(city_url: str) -> None:
    from fangkong.web.app import create_app

    with transaction(city_url) as db:
        grid = persona_in(db, "grid")
        person = _grid_residents(db, grid, 3)[2]
        number, name_initial = person.id_number, person.name[0]
    client = login(create_app(city_url), "grid")
    token = csrf_of(client, "/support/grid")
    response = client.post("/support/grid/import", data={"csrf_token": token},
                           files={"file": ("台账.csv", f"身份证号,类别\n{number},无智能手机\n".encode("gb18030"))})
    text = page_shows(response, "已导入 1 条困难群体记录", "无智能手机")
    assert name_initial in text
    with transaction(city_url) as db:
        assert db.scalar(select(VulnerableCategory.category).where(VulnerableCategory.person_id == person.id)) \
            == "no_smartphone"
        db.execute(VulnerableCategory.__table__.delete().where(VulnerableCategory.person_id == person.id))
