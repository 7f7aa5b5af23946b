"""The synthetic city generator and the demo accounts, on SQLite and PostgreSQL.

The read-only checks share conftest's module-scoped `city_url` (3,000 persons, seed 7); the tests
that build their own cities use `db_url` and come last in this file, because on PostgreSQL a
fresh database resets the one test schema that `city_url` also lives in.
"""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from fangkong.core import auth
from fangkong.core.db import get_engine, transaction
from fangkong.core.models import Account, AuditEntry
from fangkong.core.scope import PLACE_LEVELS
from fangkong.drill import taiyuan
from fangkong.drill.city import CityExists, city_exists, generate_city
from fangkong.drill.demo import DEMO_PASSWORD, DEMO_USERNAMES, demo_logins
from fangkong.registry import idnumber
from fangkong.registry.address import normalize
from fangkong.registry.models import Household, Person, Place, Venue
from tests.conftest import CITY_POPULATION

ANCESTORS = [f"{level}_id" for level in PLACE_LEVELS[:-1]]  # district_id .. building_id




def place(db: Session, level: str, name: str, parent: Place | None = None) -> Place:
    query = select(Place).where(Place.level == level, Place.name == name)
    if parent is not None:
        query = query.where(Place.parent_id == parent.id)
    found = list(db.scalars(query))
    assert len(found) == 1, f"{level} {name}: {len(found)} found"
    return found[0]


def test_the_city_has_exactly_the_asked_population(db: Session) -> None:
    assert db.scalar(select(func.count()).select_from(Person)) == CITY_POPULATION
    sizes = list(db.execute(select(func.count()).select_from(Person).group_by(Person.household_id)).scalars())
    assert min(sizes) >= 1 and max(sizes) <= 6
    assert 2.2 < CITY_POPULATION / len(sizes) < 3.0  # census mean ≈ 2.6


def test_every_district_is_present_with_its_code(db: Session) -> None:
    districts = {p.name: p for p in db.scalars(select(Place).where(Place.level == "district"))}
    assert {d.name: d.code for d in taiyuan.DISTRICTS} == {name: p.code for name, p in districts.items()}
    assert districts["小店区"].code == "140105" and districts["娄烦县"].code == "140123"
    assert districts["古交市"].kind == "市" and districts["清徐县"].kind == "县"
    assert districts["综改示范区"].kind == "开发区" and districts["万柏林区"].kind == "区"
    for district in districts.values():
        for level in PLACE_LEVELS[1:]:
            count = db.scalar(select(func.count()).select_from(Place)
                              .where(Place.district_id == district.id, Place.level == level))
            assert count, f"{district.name} has no {level}"
        assert db.scalar(select(func.count()).select_from(Person).where(Person.district_id == district.id))
    persons = dict(db.execute(select(Person.district_id, func.count()).group_by(Person.district_id)).all())
    assert max(persons, key=lambda d: persons[d]) == districts["小店区"].id
    assert min(persons, key=lambda d: persons[d]) == districts["娄烦县"].id


def test_identity_numbers_are_valid_unique_and_match_the_person(db: Session) -> None:
    districts = {p.id: p.code for p in db.scalars(select(Place).where(Place.level == "district"))}
    rows = db.execute(select(Person.id_number, Person.sex, Person.birth_date, Person.district_id,
                             Person.phone, Person.name)).all()
    assert len({r.id_number for r in rows}) == len(rows)
    for number, sex, birth, district_id, phone, name in rows:
        assert idnumber.validate(number, today=taiyuan.REFERENCE_DATE) == number
        facts = idnumber.facts(number)
        code = districts[district_id]
        assert facts.region_code == taiyuan.DEVELOPMENT_ZONES.get(code, code)
        assert facts.sex == sex and facts.birth_date == birth
        assert number == idnumber.make_number(number[:6], birth, int(number[14:17]))
        age = (taiyuan.REFERENCE_DATE - birth).days // 365.25
        assert 0 <= age <= 95
        if phone is not None:
            assert len(phone) == 11 and phone.startswith("154") and phone.isdigit()
            assert age >= 12
        assert 2 <= len(name) <= 3
    phones = [r.phone for r in rows if r.phone]
    assert len(set(phones)) == len(phones) and 0.6 < len(phones) / len(rows) < 0.95


def test_ancestor_columns_are_consistent(db: Session, city_url: str) -> None:
    engine = get_engine(city_url)
    with engine.connect() as conn:
        # Every place carries its own id in its level's column and its parent's chain above it.
        for index, level in enumerate(PLACE_LEVELS):
            column = f"{level}_id"
            assert conn.execute(text(f"SELECT COUNT(*) FROM place WHERE level = :l AND ({column} IS NULL "
                                     f"OR {column} <> id)"), {"l": level}).scalar() == 0
            deeper = [f"{lv}_id" for lv in PLACE_LEVELS[index + 1:]]
            if deeper:
                assert conn.execute(text("SELECT COUNT(*) FROM place WHERE level = :l AND NOT ("
                                         + " AND ".join(f"{c} IS NULL" for c in deeper) + ")"),
                                    {"l": level}).scalar() == 0
            if index:
                parent_column = f"{PLACE_LEVELS[index - 1]}_id"
                same = " AND ".join(f"c.{c} = p.{c}" for c in [f"{lv}_id" for lv in PLACE_LEVELS[:index]])
                assert conn.execute(text(
                    f"SELECT COUNT(*) FROM place c JOIN place p ON p.id = c.parent_id WHERE c.level = :l "
                    f"AND NOT (p.level = :pl AND c.{parent_column} = p.id AND {same})"),
                    {"l": level, "pl": PLACE_LEVELS[index - 1]}).scalar() == 0
        # Persons and households carry the chain of their unit.
        for table, unit in (("household", "h.unit_id"), ("person", "h.unit_id")):
            join = "FROM household h" if table == "household" else \
                "FROM person x JOIN household h ON h.id = x.household_id"
            alias = "h" if table == "household" else "x"
            differs = " OR ".join(f"{alias}.{c} <> u.{c}" for c in ANCESTORS)
            assert conn.execute(text(f"SELECT COUNT(*) {join} JOIN place u ON u.id = {unit} "
                                     f"WHERE u.level <> 'unit' OR {differs}")).scalar() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM person x JOIN household h ON h.id = x.household_id "
                                 "WHERE x.unit_id <> h.unit_id")).scalar() == 0
        # A subtree counted by one indexed column equals the count walking the tree up from the unit.
        streets = conn.execute(text("SELECT id FROM place WHERE level = 'street' ORDER BY id LIMIT 12"))
        for street in streets.scalars().all():
            by_column = conn.execute(text("SELECT COUNT(*) FROM person WHERE street_id = :s"),
                                     {"s": street}).scalar()
            by_tree = conn.execute(text(
                "SELECT COUNT(*) FROM person x JOIN place u ON u.id = x.unit_id "
                "JOIN place b ON b.id = u.parent_id "
                "JOIN place m ON m.id = b.parent_id JOIN place g ON g.id = m.parent_id "
                "JOIN place c ON c.id = g.parent_id WHERE c.parent_id = :s"), {"s": street}).scalar()
            assert by_column == by_tree


def test_codes_and_normalised_names(db: Session) -> None:
    codes = list(db.scalars(select(Place.code)))
    assert len(set(codes)) == len(codes) and None not in codes
    street = place(db, "street", "杨家峪街道")
    district = db.get(Place, street.parent_id)
    assert district is not None and street.code.startswith(district.code) and len(street.code) == 9
    grid = db.scalars(select(Place).where(Place.parent_id == place(db, "community", "光华街社区").id)).first()
    assert grid is not None and grid.name == "光华街社区第1网格" and "G01" in (grid.code or "")
    for row in db.scalars(select(Place).where(Place.level.in_(("compound", "building", "unit"))).limit(3000)):
        chain = {p.level: p for p in db.scalars(select(Place).where(Place.id.in_(
            [row.compound_id, row.building_id, row.unit_id])))}
        full = "".join(chain[lv].name for lv in ("compound", "building", "unit") if lv in chain)
        assert row.name_norm == normalize(full)


def test_seed_streets_and_communities_are_where_the_seeds_put_them(db: Session) -> None:
    xinghualing = place(db, "district", "杏花岭区")
    yangjiayu = place(db, "street", "杨家峪街道", xinghualing)
    assert yangjiayu.kind == "街道"
    wanbailin = place(db, "district", "万柏林区")
    xiaojingyu = place(db, "street", "小井峪街道", wanbailin)
    guanghua = place(db, "community", "光华街社区", xiaojingyu)
    assert guanghua.kind == "社区"
    grids = list(db.scalars(select(Place).where(Place.parent_id == guanghua.id).order_by(Place.id)))
    assert len(grids) >= 3
    # Seed 002: 电子二所家属楼 has 11 buildings and 37 units.
    dianzi = place(db, "compound", "电子二所家属楼")
    assert dianzi.community_id == guanghua.id and dianzi.grid_id == grids[0].id
    assert db.scalar(select(func.count()).select_from(Place).where(Place.compound_id == dianzi.id,
                                                                   Place.level == "building")) == 11
    assert db.scalar(select(func.count()).select_from(Place).where(Place.compound_id == dianzi.id,
                                                                   Place.level == "unit")) == 37
    # Seed 003 puts 义井街道南三巷社区 and its 十六中家属院小区 (two buildings) in 晋源区.
    yijing = place(db, "street", "义井街道", place(db, "district", "晋源区"))
    nansanxiang = place(db, "community", "南三巷社区", yijing)
    school = place(db, "compound", "十六中家属院小区")
    assert school.community_id == nansanxiang.id
    assert db.scalar(select(func.count()).select_from(Place).where(Place.parent_id == school.id)) == 2
    # 东黄水镇 is a town of 阳曲县 with villages.
    town = place(db, "street", "东黄水镇", place(db, "district", "阳曲县"))
    assert town.kind == "镇"
    villages = list(db.scalars(select(Place).where(Place.parent_id == town.id)))
    assert villages and all(v.kind == "村" and v.name.endswith("村") for v in villages)
    assert place(db, "community", "纺织苑东社区").district_id == xinghualing.id
    # 老军营小区: the buildings of notice No. 198 (and 甲5号楼 next to 5号楼).
    yingze = place(db, "district", "迎泽区")
    for area, numbers in (("北区", ("7号楼", "17号楼", "22号楼")),
                          ("南区", ("9号楼", "甲5号楼", "5号楼", "7号楼")),
                          ("西区", ("17号楼", "5号楼", "8号楼"))):
        compound = place(db, "compound", f"老军营小区{area}")
        assert compound.district_id == yingze.id and compound.name_norm == f"老军营小区{area}"
        buildings = set(db.scalars(select(Place.name).where(Place.parent_id == compound.id)))
        assert set(numbers) <= buildings
        seven = place(db, "building", "7号楼", compound)
        assert seven.name_norm == normalize(f"老军营小区{area}7号楼")


# Places of notice No. 198 (seed 002), as the notice writes them, under the district it names them in.
NOTICE_PLACES = {
    "小店区": ["路泽苑小区7号楼", "保利东郡2期11号楼2单元", "煤校宿舍2号楼", "石林苑2号楼2单元",
            "御公馆8号楼", "西吴御龙庭小区1号楼2单元", "山煤上德苑5号楼1单元", "山煤上德苑6号楼2单元",
            "南城区委宿舍1号楼1单元",
            "阳光华庭", "交通建设工程监理公司宿舍1号楼", "电子材料厂宿舍2号楼", "嘉兴小区南楼", "西吴旧村",
            "恒大翡翠华庭", "龙城天悦8号楼2单元", "西吴御龙庭小区", "太航小区11号楼", "商务学院小区北楼"],
    "迎泽区": ["老军营小区北区7号楼", "老军营小区北区17号楼", "老军营小区北区22号楼", "老军营小区南区9号楼",
            "老军营小区南区甲5号楼", "老军营小区南区7号楼", "老军营小区西区17号楼", "老军营小区西区5号楼",
            "林业厅宿舍24号楼2单元", "老军营小区西区8号楼", "光华苑1号楼12单元", "云路街8号院2号楼1单元"],
    "杏花岭区": ["凯越龙城苑F区6号楼", "富力桃园9号楼1单元", "矿机宿舍北区26号楼4单元", "丈子头村后街55号",
             "馨春龙城苑A区2号楼2单元", "艺彩蓝湾小区", "半山中心7号楼2单元", "南华门东二条9号院",
             "胜景天地2号楼",
             "德祥六院小区3号楼", "德祥六院小区5号楼", "德祥六院小区6号楼", "桃园北路193号院6号楼"],
    "尖草坪区": ["营村小区1栋1单元", "滨河苑5栋2单元", "汇阳小区10栋2单元", "太原机务段北区职工单身楼",
             "清泉小区10号楼1单元"],
    "万柏林区": ["金泽华府A座1单元", "华峪南区2号楼1单元", "鑫美天地1号楼"],
    "晋源区": ["华城小区C座", "华城小区E座5单元", "怡佳天一城小区12号楼1单元", "怡佳天一城小区4号楼1单元",
            "圣湖观澜国际小区14号楼1单元"],
    "清徐县": ["孔村", "新村", "北辰苑小区9号楼2单元", "城南嘉园", "南梁树村", "春苑社区晋夏公路南段39号"],
}


def test_notice_198_places_are_in_the_registry_under_their_district(db: Session) -> None:
    districts = {p.name: p.id for p in db.scalars(select(Place).where(Place.level == "district"))}
    missing = []
    for district, names in NOTICE_PLACES.items():
        for name in names:
            found = db.scalar(select(func.count()).select_from(Place).where(
                Place.district_id == districts[district], Place.name_norm == normalize(name)))
            if not found:
                missing.append(f"{district} {name}")
    assert not missing
    assert place(db, "community", "孔村").kind == "村"
    assert db.get(Place, place(db, "community", "孔村").street_id).name == "清源镇"  # type: ignore[union-attr]


def test_venues(db: Session) -> None:
    venues = {v.name: v for v in db.scalars(select(Venue))}
    codes = [v.venue_code for v in venues.values()]
    assert len(set(codes)) == len(codes)
    districts = {p.id: p.name for p in db.scalars(select(Place).where(Place.level == "district"))}
    expected = {
        "太原站": ("station", "迎泽区"), "太原南站": ("station", "小店区"),
        "太原武宿国际机场": ("airport", "小店区"),
        "丽枫酒店": ("hotel", "万柏林区"), "太钢东门海友酒店": ("hotel", "尖草坪区"),
        taiyuan.AIR_FILM_LAB_NAME: ("lab", "尖草坪区"), "向阳高速口": ("highway_checkpoint", "尖草坪区"),
        "黄寨高速卡口": ("highway_checkpoint", "阳曲县"),
        "美美公社医学集中隔离点": ("quarantine_hotel", "娄烦县"),
        "光华街社区核酸采样点": ("sampling_site", "万柏林区"),
    }
    for name, (kind, district) in expected.items():
        assert venues[name].kind == kind and districts[venues[name].district_id] == district, name
    for venue in venues.values():
        where = db.get(Place, venue.place_id)
        assert where is not None and where.level in ("grid", "community")
        assert (venue.district_id, venue.street_id, venue.community_id, venue.grid_id) == (
            where.district_id, where.street_id, where.community_id, where.grid_id)
    kinds = set(db.scalars(select(Venue.kind)))
    assert {"market", "supermarket", "school", "hospital", "quarantine_hotel", "sampling_site", "lab",
            "highway_checkpoint"} <= kinds
    communities = db.scalar(select(func.count()).select_from(Place).where(Place.level == "community"))
    sites = db.scalar(select(func.count()).select_from(Venue).where(Venue.kind == "sampling_site"))
    assert sites == communities


def test_every_grid_has_its_grid_worker(db: Session) -> None:
    grids = {p.id: p.code for p in db.scalars(select(Place).where(Place.level == "grid"))}
    query = select(Account).where(Account.username.like("grid-%"))
    workers = {a.jurisdiction_id: a for a in db.scalars(query)}
    assert set(workers) == set(grids)
    for grid_id, account in workers.items():
        assert account.username == f"grid-{grids[grid_id]}" and account.role == "grid_worker"


def test_demo_accounts_exist_for_every_role_and_log_in(db: Session, city_url: str) -> None:
    query = select(Account).where(Account.username.in_(DEMO_USERNAMES))
    accounts = {a.username: a for a in db.scalars(query)}
    assert set(accounts) == set(DEMO_USERNAMES)
    from fangkong.core.roles import Role

    assert {a.role for a in accounts.values()} == {r.value for r in Role}
    for username in DEMO_USERNAMES:
        assert auth.authenticate(db, username, DEMO_PASSWORD).username == username
    assert auth.authenticate(db, next(iter(db.scalars(select(Account.username).where(
        Account.username.like("grid-%"))))), DEMO_PASSWORD)
    first_grid = place(db, "grid", "光华街社区第1网格")
    assert accounts["grid"].jurisdiction_id == first_grid.id
    assert accounts["grid2"].jurisdiction_id == place(db, "grid", "光华街社区第2网格").id
    assert accounts["district"].jurisdiction_id == place(db, "district", "万柏林区").id
    assert accounts["street"].jurisdiction_id == place(db, "street", "杨家峪街道").id
    assert accounts["property"].jurisdiction_id == place(db, "compound", "电子二所家属楼").id
    for username in ("commander", "epidemiologist", "auditor"):
        assert accounts[username].jurisdiction_id is None
    resident = db.get(Person, accounts["resident"].person_id)
    assert resident is not None and resident.grid_id == first_grid.id
    assert (taiyuan.REFERENCE_DATE - resident.birth_date).days >= 18 * 365
    venue_kinds = {u: db.get(Venue, accounts[u].venue_id).kind  # type: ignore[union-attr]
                   for u in ("sampler", "lab", "quarantine", "checkpoint")}
    assert venue_kinds == {"sampler": "sampling_site", "lab": "lab", "quarantine": "quarantine_hotel",
                           "checkpoint": "highway_checkpoint"}
    assert db.get(Venue, accounts["lab"].venue_id).name == taiyuan.AIR_FILM_LAB_NAME  # type: ignore[union-attr]
    own = db.scalar(select(func.count()).select_from(Household).where(Household.grid_id == first_grid.id))
    other = db.scalar(select(func.count()).select_from(Household).where(
        Household.grid_id == accounts["grid2"].jurisdiction_id))
    assert own and other  # both demo grids have households to show and to refuse
    logins = demo_logins(city_url)
    assert [login.username for login in logins] == list(DEMO_USERNAMES)
    labels = {login.username: login for login in logins}
    assert labels["grid"].role_label == "网格员 Grid worker"
    assert "光华街社区第1网格" in labels["grid"].jurisdiction
    assert labels["commander"].jurisdiction == "全市 City-wide"


def test_generation_is_audited(db: Session) -> None:
    entries = list(db.scalars(select(AuditEntry).where(AuditEntry.action == "generate")))
    assert len(entries) == 1
    assert entries[0].username == "system:city-generate" and '"persons": 3000' in entries[0].detail


# ---- tests that build their own cities (keep them last: see the module docstring) ----------------------


def _fingerprint(url: str) -> str:
    digest = hashlib.sha256()
    with get_engine(url).connect() as conn:
        for row in conn.execute(text("SELECT id_number, name, household_id FROM person ORDER BY id")):
            digest.update(repr(tuple(row)).encode())
        for row in conn.execute(text("SELECT id, name, code, name_norm FROM place ORDER BY id")):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_same_seed_same_city_other_seed_other_city_and_replace(db_url: str) -> None:
    assert not city_exists(db_url)
    first = generate_city(db_url, population=1000, seed=11, progress=False)
    assert city_exists(db_url) and first.persons == 1000
    original = _fingerprint(db_url)
    with pytest.raises(CityExists):
        generate_city(db_url, population=1000, seed=11, progress=False)
    again = generate_city(db_url, population=1000, seed=11, replace=True, progress=False)
    assert _fingerprint(db_url) == original
    assert (again.households, again.places, again.venues, again.accounts) == (
        first.households, first.places, first.venues, first.accounts)
    generate_city(db_url, population=1000, seed=12, replace=True, progress=False)
    assert _fingerprint(db_url) != original
    with transaction(db_url) as db:
        assert db.scalar(select(func.count()).select_from(Person)) == 1000
        # The audit log is append-only: replacing the city keeps every generation's entry.
        generations = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "generate")
        assert db.scalar(generations) == 3
        assert db.scalar(select(func.count()).select_from(Account).where(Account.username == "grid")) == 1
        # Ids continue after explicit-id loads (PostgreSQL sequences were moved on).
        created = auth.create_account(db, username="after-generate", password="a-long-password",
                                      role="auditor", display_name="x")
        assert created.id > db.scalar(select(func.max(Account.id)).where(Account.id != created.id))


def test_grids_hold_about_300_households_in_a_larger_city(db_url: str) -> None:
    report = generate_city(db_url, population=60_000, seed=3, progress=False)
    assert report.persons == 60_000
    with transaction(db_url) as db:
        per_grid = dict(db.execute(select(Household.grid_id, func.count()).group_by(Household.grid_id)).all())
        grids = list(db.scalars(select(Place.id).where(Place.level == "grid")))
    counts = [per_grid.get(g, 0) for g in grids]
    assert 200 <= sum(counts) / len(counts) <= 400
    assert max(counts) <= 400 and sum(c >= 150 for c in counts) >= 0.7 * len(counts)
