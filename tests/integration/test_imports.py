"""Imports against the database: all rows or none, households, ancestors, duplicates, jurisdiction."""

from __future__ import annotations

import io
import json
import random
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from fangkong.core.db import get_engine, transaction
from fangkong.core.errors import PermissionDenied
from fangkong.core.models import AuditEntry
from fangkong.core.scope import PLACE_LEVELS, Actor, scope_column, system_actor
from fangkong.registry import address, idnumber, service
from fangkong.registry.imports import ImportResult, import_file, template_xlsx
from fangkong.registry.models import Household, Person, Place
from tests.helpers import new_persona

ADMIN = system_actor("test")
PERSON_HEADER = ["身份证号", "姓名", "手机号", "县区", "街道", "社区", "小区", "楼栋", "单元", "门牌号"]
CHAIN = ["小店区", "坞城街道", "坞城社区", "学府苑小区"]


def number(i: int, region: str = "140105") -> str:
    return idnumber.make_number(region, date(1950 + i // 1000 % 70, 1 + i % 12, 1 + i % 28), i % 1000)


def xlsx(header: list[object], rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def run(url: str, kind: str, data: bytes, *, actor: Actor = ADMIN, filename: str = "upload.xlsx"
        ) -> ImportResult:
    """As the web page and the CLI do: one transaction, rolled back when the import reports errors."""
    with transaction(url) as db:
        result = import_file(db, actor, kind, filename, data)
        if not result.ok:
            db.rollback()
    return result


def count(url: str, table: type) -> int:
    with transaction(url) as db:
        return db.scalar(select(func.count()).select_from(table)) or 0


def counts(url: str) -> tuple[int, int, int, int]:
    return count(url, Person), count(url, Household), count(url, Place), count(url, AuditEntry)


def place_ids(db: Session) -> dict[str, int]:
    return {code: pid for pid, code in db.execute(select(Place.id, Place.code)) if code}


Tree = dict[str, int]


@pytest.fixture
def tree(db_url: str) -> Tree:
    """Two districts; 小店区 has two buildings of two units each, 迎泽区 one unit. Codes name every place."""
    with transaction(db_url) as db:
        def add(parent: str | None, level: str, name: str, code: str) -> None:
            ids = place_ids(db)
            service.create_place(db, ADMIN, parent_id=ids[parent] if parent else None, level=level, name=name,
                                 code=code)

        add(None, "district", "小店区", "140105")
        add("140105", "street", "坞城街道", "XD-S1")
        add("XD-S1", "community", "坞城社区", "XD-C1")
        add("XD-C1", "grid", "坞城社区第一网格", "XD-G1")
        add("XD-G1", "compound", "学府苑小区", "XD-P1")
        for b in (1, 2):
            add("XD-P1", "building", f"{b}号楼", f"XD-B{b}")
            for u in (1, 2):
                add(f"XD-B{b}", "unit", f"{u}单元", f"XD-U{b}-{u}")
        add(None, "district", "迎泽区", "140106")
        add("140106", "street", "柳巷街道", "YZ-S1")
        add("YZ-S1", "community", "柳巷社区", "YZ-C1")
        add("YZ-C1", "grid", "柳巷社区第一网格", "YZ-G1")
        add("YZ-G1", "compound", "桥东小区", "YZ-P1")
        add("YZ-P1", "building", "1号楼", "YZ-B1")
        add("YZ-B1", "unit", "1单元", "YZ-U1-1")
        return place_ids(db)


def district_staff(url: str, district_id: int) -> Actor:
    """A district_staff account of that district (the tree has no demo accounts)."""
    with transaction(url) as db:
        return new_persona(db, "district_staff", username="district-staff", display_name="区工作人员",
                           jurisdiction_id=district_id)


def errors_of(result: ImportResult) -> set[tuple[int, str]]:
    return {(e.row, e.field) for e in result.errors}


def resident(i: int, building: object = "1号楼", unit: object = "1单元", door: object = 1, *,
             name: str = "居民", phone: object = None, chain: Sequence[object] = CHAIN) -> list[object]:
    """One row of PERSON_HEADER."""
    return [number(i), name, phone, *chain, building, unit, door]


def persons_xlsx(rows: list[list[object]]) -> bytes:
    return xlsx(PERSON_HEADER, rows)


# ---- persons -------------------------------------------------------------------------------


def test_a_good_xlsx_imports_persons_into_households_with_their_ancestors(db_url: str, tree: Tree) -> None:
    rows: list[list[object]] = [
        # Three people behind one door, the unit and building written three different ways.
        resident(1, "1号楼", "1单元", "502", name="张三", phone=13812345678),
        resident(2, "1栋", 1, 502, name="李四"),
        resident(3, 1, "1", "502室", phone="", chain=["小店", "坞城", "坞城社区", "学府苑小区"]),
        resident(4, "1号楼", "2单元", 301, phone="0351-1234567"),
        resident(5, "２号楼", "第二单元", "101", phone="+86 139 1234 5678"),
        resident(6, "2号楼", "2单元", "101"),
        resident(7, "2号楼", "1单元", "101"),
        resident(8, "2号楼", "1单元", "101", chain=["\u00a0小店区 ", *CHAIN[1:]]),
    ]
    before = counts(db_url)
    result = run(db_url, "persons", persons_xlsx(rows))
    assert result.ok, result.errors
    assert result.imported == 8 and result.kind == "persons"
    with transaction(db_url) as db:
        persons = {p.id_number: p for p in db.scalars(select(Person))}
        assert len(persons) == before[0] + 8
        households = {h.id: h for h in db.scalars(select(Household))}
        assert len(households) == before[1] + 4  # 1号楼1单元502, 1号楼2单元301, 2号楼2单元101, 2号楼1单元101
        first = persons[number(1)]
        assert persons[number(2)].household_id == first.household_id == persons[number(3)].household_id
        assert persons[number(6)].household_id != persons[number(7)].household_id  # same door, other unit
        assert persons[number(7)].household_id == persons[number(8)].household_id
        for person in persons.values():
            unit = db.get(Place, person.unit_id)
            household = households[person.household_id]
            assert unit is not None and unit.level == "unit"
            for level in PLACE_LEVELS:
                column = scope_column(level)
                assert getattr(person, column) == getattr(unit, column), column
                assert getattr(household, column) == getattr(unit, column), column
            facts = idnumber.facts(person.id_number)
            assert (person.sex, person.birth_date) == (facts.sex, facts.birth_date)
        assert first.unit_id == tree["XD-U1-1"] and first.grid_id == tree["XD-G1"]
        assert persons[number(5)].unit_id == tree["XD-U2-2"]
        assert households[first.household_id].door == "502"
        assert first.phone == "13812345678" and persons[number(4)].phone == "0351-1234567"
        assert persons[number(5)].phone == "13912345678" and persons[number(2)].phone is None
        assert first.name == "张三" and first.created_at is not None
        entries = list(db.scalars(select(AuditEntry).where(AuditEntry.subject_type == "import")))
        assert len(entries) == 1 and entries[0].action == "write" and entries[0].username == ADMIN.username
        detail = json.loads(entries[0].detail)
        assert detail["kind"] == "persons" and detail["filename"] == "upload.xlsx" and detail["rows"] == 8
        assert sorted(detail["person_ids"]) == sorted(p.id for p in persons.values())


def test_unit_codes_and_an_existing_household(db_url: str, tree: Tree) -> None:
    header = ["身份证号", "姓名", "门牌号", "单元编码"]
    assert run(db_url, "persons", xlsx(header, [[number(10), "户主", "301室", "XD-U1-2"]])).ok
    with transaction(db_url) as db:
        existing = db.scalar(select(Household.id).where(Household.unit_id == tree["XD-U1-2"]))
    rows: list[list[object]] = [[number(11), "甲", 301, "XD-U1-2"], [number(12), "乙", "301", "XD-U1-2"],
                                [number(13), "丙", "302", "YZ-U1-1"]]
    result = run(db_url, "persons", xlsx(header, rows))
    assert result.ok, result.errors
    with transaction(db_url) as db:
        same_door = [number(11), number(12)]
        members = db.scalars(select(Person.household_id).where(Person.id_number.in_(same_door)))
        assert set(members) == {existing}
        assert db.scalar(select(func.count()).select_from(Household)) == 2
        yz = db.scalar(select(Person).where(Person.id_number == number(13)))
        assert yz is not None and yz.district_id == tree["140106"]


def test_three_bad_rows_of_ten_write_nothing_and_are_reported_exactly(db_url: str, tree: Tree) -> None:
    rows = [resident(20 + i, door=100 + i, name=f"居民{'甲乙丙丁戊己庚辛壬癸'[i]}") for i in range(10)]
    wrong_check = number(23)[:17] + ("1" if number(23)[17] != "1" else "2")
    rows[3][0] = wrong_check  # sheet row 5
    rows[6][5] = "不存在社区"  # sheet row 8: the community does not exist ...
    rows[6][2] = "12345"  # ... and the phone is malformed
    rows[8][1] = ""  # sheet row 10: no name ...
    rows[8][9] = datetime(2022, 5, 2)  # ... and Excel turned the door "5-2" into a date
    before = counts(db_url)
    result = run(db_url, "persons", persons_xlsx(rows))
    assert not result.ok and result.imported == 0
    assert errors_of(result) == {(5, "身份证号"), (8, "手机号"), (8, "社区"), (10, "姓名"), (10, "门牌号")}
    by_place = {(e.row, e.field): e for e in result.errors}
    bad_number = by_place[(5, "身份证号")]
    assert "校验位错误" in bad_number.message and bad_number.value == wrong_check
    assert "坞城街道" in by_place[(8, "社区")].message and by_place[(8, "社区")].value == "不存在社区"
    assert "日期" in by_place[(10, "门牌号")].message
    assert [e.row for e in result.errors] == sorted(e.row for e in result.errors)
    assert counts(db_url) == before


def test_every_part_of_the_address_chain_says_what_did_not_match(db_url: str, tree: Tree) -> None:
    rows = [
        resident(31, chain=["大同区", *CHAIN[1:]]),
        resident(32, chain=["小店区", "柳巷街道", *CHAIN[2:]]),  # a street of 迎泽区
        resident(33, "3号楼"),
        resident(34, "1号楼", "5单元"),
        resident(35, chain=[*CHAIN[:3], ""]),
    ]
    result = run(db_url, "persons", persons_xlsx(rows))
    assert errors_of(result) == {(2, "县区"), (3, "街道"), (4, "楼栋"), (5, "单元"), (6, "小区")}
    messages = {e.row: e.message for e in result.errors}
    assert "找不到县(市、区)「大同区」" in messages[2]
    assert "在「小店区」下找不到街道/乡镇「柳巷街道」" in messages[3]
    assert "坞城街道" in messages[3]  # the choices are listed
    assert "在「学府苑小区」下找不到楼栋「3号楼」" in messages[4]
    assert "在「1号楼」下找不到单元「5单元」" in messages[5]
    assert "必填" in messages[6]
    assert count(db_url, Person) == 0


def test_duplicates_within_the_file_and_against_the_database(db_url: str, tree: Tree) -> None:
    rows = [resident(40 + i, door=201) for i in range(5)]
    assert run(db_url, "persons", persons_xlsx(rows)).ok
    before = counts(db_url)
    again = run(db_url, "persons", persons_xlsx([*rows, resident(99, door=202)]))
    assert not again.ok
    assert errors_of(again) == {(row, "身份证号") for row in range(2, 7)}
    assert all("已登记" in e.message for e in again.errors)
    assert counts(db_url) == before
    twice = run(db_url, "persons", persons_xlsx([resident(50, door=1), resident(50, door=2)]))
    assert [(e.row, e.field, "与第 2 行重复" in e.message) for e in twice.errors] == [(3, "身份证号", True)]


def test_an_identity_number_excel_stored_as_a_float_is_refused(db_url: str, tree: Tree) -> None:
    digits_only = next(i for i in range(60, 80) if not number(i).endswith("X"))
    as_float = resident(digits_only)
    as_float[0] = float(number(digits_only))
    result = run(db_url, "persons", persons_xlsx([as_float, resident(81)]))
    assert [(e.row, e.field) for e in result.errors] == [(2, "身份证号")]
    assert "身份证号被 Excel 存为数字,已丢失末位,请将该列设为文本" in result.errors[0].message
    assert result.errors[0].value.startswith("1.40105")
    assert count(db_url, Person) == 0


def test_district_staff_cannot_import_persons_into_another_district(db_url: str, tree: Tree) -> None:
    staff = district_staff(db_url, tree["140106"])  # 迎泽区
    result = run(db_url, "persons", persons_xlsx([resident(70 + i) for i in range(3)]), actor=staff)
    assert errors_of(result) == {(2, "县区"), (3, "县区"), (4, "县区")}
    assert all("管辖范围" in e.message for e in result.errors)
    by_code = xlsx(["身份证号", "姓名", "门牌号", "单元编码"], [[number(73), "甲", 1, "XD-U1-1"]])
    assert errors_of(run(db_url, "persons", by_code, actor=staff)) == {(2, "单元编码")}
    assert count(db_url, Person) == 0
    yingze = ["迎泽区", "柳巷街道", "柳巷社区", "桥东小区"]
    own = run(db_url, "persons", persons_xlsx([resident(74, 1, 1, 101, chain=yingze)]), actor=staff)
    assert own.ok, own.errors
    assert count(db_url, Person) == 1


def test_roles_without_registry_write_may_not_import(db_url: str) -> None:
    with transaction(db_url) as db:
        sampler = new_persona(db, "sampler")
        with pytest.raises(PermissionDenied):
            import_file(db, sampler, "persons", "x.csv", b"a,b\n")


def test_a_gb18030_tab_separated_csv_with_english_headers(db_url: str, tree: Tree) -> None:
    full_width = number(81).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    address = "小店区\t坞城街道\t坞城社区\t学府苑小区\t2\t2\t602\t"
    lines = ["ID Number\tName\tPhone\tDistrict\tStreet\tCommunity\tCompound\tBuilding\tUnit\tDoor\t",
             f"{number(80)}\t张三\t13812345678\t{address}",
             "\t\t\t\t\t\t\t\t\t\t",
             f"{full_width}\t李四\t\t{address}"]
    result = run(db_url, "persons", "\r\n".join(lines).encode("gb18030"), filename="居民.csv")
    assert result.ok, result.errors
    assert result.imported == 2
    with transaction(db_url) as db:
        households = set(db.scalars(select(Person.household_id)))
        assert len(households) == 1
        assert set(db.scalars(select(Person.unit_id))) == {tree["XD-U2-2"]}


def test_a_filled_in_template_imports(db_url: str, tree: Tree) -> None:
    workbook = load_workbook(io.BytesIO(template_xlsx("persons")))
    sheet = workbook.worksheets[0]
    header = [c.value for c in sheet[1]]
    values = dict(zip(PERSON_HEADER, resident(90, "1号楼", "2单元", "402", phone="13812345678"), strict=True))
    for index, label in enumerate(header, start=1):
        sheet.cell(row=2, column=index, value=values.get(str(label)))
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = run(db_url, "persons", buffer.getvalue())
    assert result.ok, result.errors
    assert result.imported == 1


def test_a_file_without_data_rows_or_with_missing_columns(db_url: str, tree: Tree) -> None:
    empty = run(db_url, "persons", persons_xlsx([[None] * 10, []]))
    assert not empty.ok and "没有数据行" in empty.errors[0].message
    missing = run(db_url, "persons", "姓名,门牌号\n张三,502\n".encode(), filename="x.csv")
    assert not missing.ok and {e.field for e in missing.errors} >= {"身份证号"}
    assert all(e.row == 1 for e in missing.errors)
    garbage = run(db_url, "persons", b"\xd0\xcf\x11\xe0" + b"\0" * 64, filename="old.xls")
    assert [(e.row, e.field) for e in garbage.errors] == [(0, "文件")]


@contextmanager
def statements(url: str) -> Iterator[list[str]]:
    seen: list[str] = []

    def listen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    engine = get_engine(url)
    event.listen(engine, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", listen)


def test_the_import_is_set_based_not_a_query_per_row(db_url: str, tree: Tree) -> None:
    def many(start: int, n: int) -> bytes:
        return persons_xlsx([resident(start + i, f"{1 + i % 2}号楼", f"{1 + i // 2 % 2}单元", 100 + i // 4,
                                      phone=13800000000 + i) for i in range(n)])

    small, large = many(1000, 20), many(2000, 400)
    with statements(db_url) as few:
        assert run(db_url, "persons", small).ok
    with statements(db_url) as lots:
        assert run(db_url, "persons", large).ok
    assert len(lots) == len(few), lots  # the number of statements does not grow with the rows
    assert count(db_url, Person) == 420


# ---- places --------------------------------------------------------------------------------

PLACE_HEADER = ["层级", "名称", "上级编码", "编码", "类别"]


def test_places_build_a_tree_through_earlier_rows_and_the_registry_rules(db_url: str, tree: Tree) -> None:
    rows: list[list[object]] = [
        ["街道", "营盘街道", "140105", "XD-S2", None],
        ["村", "东岗村", "XD-S2", "XD-C2", None],
        ["网格", "东岗村第一网格", "XD-C2", "XD-G2", None],
        ["小区", "东岗小区", "XD-G2", "XD-P2", None],
        ["楼栋", "3栋", "XD-P2", "XD-B3", None],
        ["单元", "1单元", "XD-B3", "XD-U3-1", None],
        ["单元", "2单元", "XD-B3", None, None],
        ["社区", "学府社区", "XD-S1", "XD-C3", "社区"],
    ]
    before = count(db_url, Place)
    result = run(db_url, "places", xlsx(PLACE_HEADER, rows))
    assert result.ok, result.errors
    assert result.imported == 8 and result.kind == "places"
    with transaction(db_url) as db:
        assert db.scalar(select(func.count()).select_from(Place)) == before + 8
        ids = place_ids(db)
        unit = db.get(Place, ids["XD-U3-1"])
        assert unit is not None and unit.level == "unit"
        assert (unit.district_id, unit.street_id, unit.community_id, unit.grid_id, unit.compound_id,
                unit.building_id, unit.unit_id) == (tree["140105"], ids["XD-S2"], ids["XD-C2"], ids["XD-G2"],
                                                    ids["XD-P2"], ids["XD-B3"], unit.id)
        assert unit.name_norm == address.normalize("东岗小区3栋1单元")
        new_codes = ["XD-S2", "XD-C2", "XD-C3"]
        kinds = {code: kind for code, kind in db.execute(select(Place.code, Place.kind)
                                                         .where(Place.code.in_(new_codes)))}
        assert kinds == {"XD-S2": "街道", "XD-C2": "村", "XD-C3": "社区"}
        entry = db.scalar(select(AuditEntry).where(AuditEntry.subject_type == "import"))
        assert entry is not None and len(json.loads(entry.detail)["place_ids"]) == 8
    # The new unit takes residents straight away, by name or by code.
    new_address = ["小店区", "营盘街道", "东岗村", "东岗小区"]
    people = run(db_url, "persons", persons_xlsx([resident(100, 3, 2, 101, chain=new_address)]))
    assert people.ok, people.errors


def test_bad_place_rows_are_all_reported_and_nothing_is_written(db_url: str, tree: Tree) -> None:
    rows: list[list[object]] = [
        ["街道", "营盘街道", "140105", "XD-S2", None],  # 2: fine
        ["省", "山西省", None, None, None],  # 3: unknown level
        ["社区", "东岗社区", "NOPE", None, None],  # 4: parent not found
        ["单元", "1单元", "XD-S2", None, None],  # 5: a unit cannot sit under a street
        ["社区", "新社区", "XD-S2", "XD-S1", None],  # 6: code used in the database
        ["社区", "另一社区", "XD-S2", "XD-S2", None],  # 7: code repeats row 2
        ["小区", "后来小区", "XD-G9", None, None],  # 8: parent only on a later row
        ["网格", "第九网格", "XD-C1", "XD-G9", None],  # 9: fine
        ["社区", "", "XD-S2", None, None],  # 10: no name
        ["县区", "新区", "140105", None, None],  # 11: a district has no parent
        ["小区", "学府苑小区", "XD-G1", None, None],  # 12: the grid already has this compound
    ]
    before = counts(db_url)
    result = run(db_url, "places", xlsx(PLACE_HEADER, rows))
    assert not result.ok
    assert errors_of(result) == {(3, "层级"), (4, "上级编码"), (5, "层级"), (6, "编码"), (7, "编码"),
                                 (8, "上级编码"), (10, "名称"), (11, "上级编码"), (12, "名称")}
    messages = {(e.row, e.field): e.message for e in result.errors}
    assert "上级是街道/乡镇,应为社区/村" in messages[(5, "层级")]
    assert "第 9 行" in messages[(8, "上级编码")]
    assert "第 2 行" in messages[(7, "编码")]
    assert counts(db_url) == before


def test_district_staff_add_places_only_inside_their_district(db_url: str, tree: Tree) -> None:
    staff = district_staff(db_url, tree["140106"])
    result = run(db_url, "places", xlsx(PLACE_HEADER, [["社区", "新社区", "XD-S1", "N1", None],
                                                       ["网格", "新网格", "N1", None, None],
                                                       ["县区", "新区", None, None, None]]), actor=staff)
    assert errors_of(result) == {(2, "上级编码"), (3, "上级编码"), (4, "层级")}
    own = run(db_url, "places", xlsx(PLACE_HEADER, [["社区", "新社区", "YZ-S1", "N1", None],
                                                    ["网格", "新网格", "N1", None, None]]), actor=staff)
    assert own.ok, own.errors


# ---- the generated city --------------------------------------------------------------------


def test_persons_join_the_generated_city_by_the_names_it_uses(city_url: str) -> None:
    """Units all over the generated city (flats and village lanes), addressed as people write them."""
    with transaction(city_url) as db:
        units = list(db.scalars(select(Place).where(Place.level == "unit").order_by(Place.id)))
        sample = random.Random(7).sample(units, 12)
        rows: list[list[object]] = []
        for index, unit in enumerate(sample):
            chain = {p.level: p.name for p in service.ancestors(db, unit)}
            names = [chain[level] for level in ("district", "street", "community", "compound")]
            numbered = re.fullmatch(r"(\d+)(单元|号)", chain["unit"])
            unit_cell: object = int(numbered[1]) if numbered and index % 2 else chain["unit"]
            row = resident(index, chain["building"], unit_cell, "9901", chain=names)
            row[0] = number(5000 + index, "140199")  # a region the generator does not use
            rows.append(row)
        lived_in = db.scalar(select(Household).order_by(Household.id).limit(1))
        assert lived_in is not None
        joining = [number(5100, "140199"), "新成员", None, lived_in.door]
        unit_code = db.scalar(select(Place.code).where(Place.id == lived_in.unit_id))
    before = counts(city_url)
    result = run(city_url, "persons", persons_xlsx(rows))
    assert result.ok, result.errors
    by_code = run(city_url, "persons", xlsx(["身份证号", "姓名", "手机号", "门牌号", "单元编码"],
                                        [[*joining, unit_code]]))
    assert by_code.ok, by_code.errors
    with transaction(city_url) as db:
        assert db.scalar(select(func.count()).select_from(Person)) == before[0] + len(rows) + 1
        assert db.scalar(select(func.count()).select_from(Household)) == before[1] + len(rows)
        imported = db.scalars(select(Person.unit_id).where(Person.id_number.in_([r[0] for r in rows])))
        assert sorted(imported) == sorted(u.id for u in sample)
        member = db.scalar(select(Person).where(Person.id_number == joining[0]))
        assert member is not None and member.household_id == lived_in.id
