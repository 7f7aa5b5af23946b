"""What the command line does, on pages (issue 17, items 3, 8 and 9): the commander and district staff
create and close rounds, sites with their hours, labs, key-group schedules and the notice of the day
through forms (rows written and audited; a refusal writes nothing and says why); every role sees only
the buttons it may press; a lab sees the recalls its own results caused; residents and the public page
find the sampling sites near home with their hours and a live queue estimate. Both databases."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.audit import AuditQuery, search
from fangkong.core.db import transaction
from fangkong.registry import service as registry
from fangkong.testing import finder, flows
from fangkong.testing import service as testing
from fangkong.testing.models import Lab, SamplingNotice, SamplingSite, TestRound, TestSchedule
from fangkong.web.app import create_app
from tests.helpers import csrf_of, demo_cast, login, page_shows, persona_in

NOW = datetime(2022, 11, 30, 10, 0)


@pytest.fixture(autouse=True)
def _frozen() -> Iterator[None]:
    clock.set_clock(NOW)
    yield


def _count(url: str, model: Any, *where: Any) -> int:
    with transaction(url) as db:
        return int(db.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _district_of(url: str, username: str) -> tuple[int, int]:
    """(district id, a street of it) of an account's jurisdiction."""
    with transaction(url) as db:
        actor = persona_in(db, username)
        place = registry.get_place(db, actor, actor.jurisdiction_id)  # type: ignore[arg-type]
        street = next(p for p in registry.places_at_levels(db, place.district_id, ("street",)))  # type: ignore[arg-type]
        return int(place.district_id), street.id  # type: ignore[arg-type]


# ---- item 3: the forms ---------------------------------------------------------------------------


def test_the_commander_creates_rounds_sites_labs_schedules_and_the_notice_through_forms(fresh_city_url: str) -> None:
    url = fresh_city_url
    app = create_app(url)
    client = login(app, "commander")
    page = client.get("/testing/manage")
    page_shows(page, "轮次、采样点与实验室", testids=["round-form", "site-form", "lab-form", "schedule-form",
                                                   "notice-form"])
    assert 'name="whole_city"' in page.text  # city-wide staff may start a city-wide round
    csrf = csrf_of(client, "/testing/manage")
    district, street = _district_of(url, "district")

    made = client.post("/testing/manage/round", data={
        "csrf_token": csrf, "name": "万柏林区第5轮区域核酸", "kind": "district", "starts": "2022-11-30T07:00",
        "ends": "2022-11-30T19:00", "place": [str(street)], "pool_size": "10", "hours": "12"}, follow_redirects=True)
    page_shows(made, "轮次已发起", "万柏林区第5轮区域核酸", testids=["manage-done"])
    with transaction(url) as db:
        rnd = db.scalar(select(TestRound).where(TestRound.name == "万柏林区第5轮区域核酸"))
        assert rnd is not None and rnd.turnaround_hours == 12 and rnd.pool_size == 10
        assert testing.round_places(db, rnd.id) == [(street, "street")]
        round_id = rnd.id

    site = client.post("/testing/manage/site", data={
        "csrf_token": csrf, "name": "测试街采样点", "place": str(street), "opens": "07:30", "closes": "20:00",
        "pool_size": "10"}, follow_redirects=True)
    page_shows(site, "采样点已设立", "测试街采样点", "07:30–20:00")
    with transaction(url) as db:
        row = db.scalar(select(SamplingSite).where(SamplingSite.name == "测试街采样点"))
        assert row is not None and (row.opens, row.closes, row.district_id) == ("07:30", "20:00", district)
        site_id = row.id
    hours = client.post(f"/testing/manage/sites/{site_id}/hours", data={"csrf_token": csrf, "opens": "06:00",
                                                                        "closes": "22:00"}, follow_redirects=True)
    page_shows(hours, "开放时间已保存", "06:00–22:00")

    lab = client.post("/testing/manage/lab", data={"csrf_token": csrf, "name": "测试方舱实验室", "capacity": "30000",
                                                   "kind": "air_film"}, follow_redirects=True)
    page_shows(lab, "检测机构已登记", "测试方舱实验室")
    assert _count(url, Lab, Lab.name == "测试方舱实验室", Lab.daily_capacity == 30000, Lab.kind == "air_film") == 1

    schedule = client.post("/testing/manage/schedule", data={
        "csrf_token": csrf, "group": "couriers", "name_zh": "快递外卖人员每两天一检",
        "name_en": "couriers, every two days", "every_days": "2", "pool_size": "1", "active": "1"},
        follow_redirects=True)
    page_shows(schedule, "检测安排已保存", "快递外卖人员每两天一检")
    assert _count(url, TestSchedule, TestSchedule.group == "couriers", TestSchedule.every_days == 2) == 1

    notice = client.post("/testing/manage/notice", follow_redirects=True,
                         data={"csrf_token": csrf, "text": "市民出门做核酸采样时，记得添衣保暖"})
    page_shows(notice, "当日提示已发布", "市民出门做核酸采样时，记得添衣保暖", testids=["notice-today"])

    closed = client.post(f"/testing/manage/rounds/{round_id}/close", data={"csrf_token": csrf, "reason": "提前完成"},
                         follow_redirects=True)
    page_shows(closed, "轮次已收尾")
    with transaction(url) as db:
        assert db.get(TestRound, round_id).ends_at == NOW  # type: ignore[union-attr]
        auditor = persona_in(db, "auditor")
        _n, entries = search(db, auditor, AuditQuery(username="commander", action="write"))
        kinds = {e.subject_type for e in entries}
    assert {"test_round", "sampling_site", "lab", "test_schedule", "sampling_notice"} <= kinds
    again = client.post(f"/testing/manage/rounds/{round_id}/close", data={"csrf_token": csrf})
    page_shows(again, "该轮次已经结束", status=422, testids=["manage-error"])


def test_refused_forms_write_nothing_and_say_why(fresh_city_url: str) -> None:
    url = fresh_city_url
    app = create_app(url)
    district, street = _district_of(url, "district")
    staff = login(app, "district")
    page = staff.get("/testing/manage")
    page_shows(page, testids=["round-form", "site-form", "notice-form"], absent=['name="whole_city"',
                                                                                   'data-testid="schedule-form"'])
    csrf = csrf_of(staff, "/testing/manage")
    rounds, sites, notices = _count(url, TestRound), _count(url, SamplingSite), _count(url, SamplingNotice)

    reversed_hours = staff.post("/testing/manage/site", data={
        "csrf_token": csrf, "name": "晚班采样点", "place": str(street), "opens": "19:00", "closes": "07:00"})
    page_shows(reversed_hours, "结束时间须晚于开始时间", status=422, testids=["manage-error"])
    assert 'value="晚班采样点"' in reversed_hours.text  # what was typed is kept
    backwards = staff.post("/testing/manage/round", data={"csrf_token": csrf, "name": "倒序轮次", "kind": "district",
                                                          "starts": "2022-11-30T19:00", "ends": "2022-11-30T07:00",
                                                          "place": [str(street)]})
    page_shows(backwards, "结束时间须晚于开始时间", status=422)
    no_target = staff.post("/testing/manage/round", data={"csrf_token": csrf, "name": "无对象轮次", "kind": "district",
                                                          "starts": "2022-11-30T07:00", "ends": "2022-11-30T19:00"})
    page_shows(no_target, "请指定对象", status=422)
    city = staff.post("/testing/manage/round", data={"csrf_token": csrf, "name": "全市轮次", "kind": "city_wide",
                                                     "starts": "2022-11-30T07:00", "ends": "2022-11-30T19:00",
                                                     "whole_city": "1"})
    page_shows(city, "只有市级可以发起全市核酸", status=422)
    with transaction(url) as db:
        other = next(d for d in registry.districts(db) if d.id != district)
    elsewhere = staff.post("/testing/manage/site", data={"csrf_token": csrf, "name": "越界采样点",
                                                         "place": str(other.id), "opens": "07:00", "closes": "19:00"})
    page_shows(elsewhere, "不在您的管辖范围内", status=422)
    capacity = staff.post("/testing/manage/lab", data={"csrf_token": csrf, "name": "某实验室", "capacity": "很多"})
    page_shows(capacity, "日检测能力须为正整数", status=422)
    schedule = staff.post("/testing/manage/schedule", data={"csrf_token": csrf, "group": "couriers", "name_zh": "快递",
                                                            "name_en": "couriers", "every_days": "1"})
    page_shows(schedule, "常态化检测安排由市级制定", status=422)
    city_notice = staff.post("/testing/manage/notice", data={"csrf_token": csrf, "text": "全市提示"})
    page_shows(city_notice, "全市提示由市级设置", status=422)
    own_notice = staff.post("/testing/manage/notice", data={"csrf_token": csrf, "text": "本区采样点今晚延长至22点",
                                                            "district": str(district)}, follow_redirects=True)
    page_shows(own_notice, "当日提示已发布", "本区采样点今晚延长至22点")
    english = login(app, "district")
    english.get("/lang/en")
    in_english = english.post("/testing/manage/site", data={"csrf_token": csrf_of(english, "/testing/manage"),
                                                            "name": "x", "place": str(street), "opens": "7",
                                                            "closes": "19:00"})
    page_shows(in_english, "Give the hours as times like 07:00 and 19:00", status=422, absent=["开放时间请写成"])

    assert (_count(url, TestRound), _count(url, SamplingSite)) == (rounds, sites)
    assert _count(url, SamplingNotice) == notices + 1  # only the district's own notice
    assert _count(url, Lab, Lab.name == "某实验室") == 0

    for username in ("sampler", "lab", "grid", "resident", "epidemiologist"):
        assert login(app, username).get("/testing/manage").status_code == 403, username


# ---- item 8: only the buttons a role may press -----------------------------------------------------


def test_each_role_sees_only_the_buttons_it_may_press(fresh_city_url: str) -> None:
    url = fresh_city_url
    app = create_app(url)
    with transaction(url) as db:
        who = demo_cast(db)
        mine = codes.request_override(db, who["commander"], person_id=who["resident"].person_id,  # type: ignore[arg-type]
                                      colour="yellow", reason="核实同乘", expires_at=NOW + timedelta(days=1))
        override_id = mine.id
        testing.create_lab(db, who["commander"], name="演示实验室", daily_capacity=20_000, venue_id=who["lab"].venue_id)
    commander = login(app, "commander")
    own = commander.get("/codes/overrides")
    page_shows(own, "待另一人审批", testids=["awaiting-second"], absent=['data-testid="approve"'])
    other = login(app, "epidemiologist").get("/codes/overrides")
    page_shows(other, testids=["approve"], absent=['data-testid="awaiting-second"'])
    assert f'/codes/overrides/{override_id}/approve' in other.text
    # District staff may request but not approve: no approve button even on someone else's request.
    page_shows(login(app, "district").get("/codes/overrides"), absent=['data-testid="approve"'])

    page_shows(commander.get("/testing/rounds"), testids=["nav-manage"])
    page_shows(login(app, "district").get("/testing/rounds"), testids=["nav-manage"])
    for username, path in (("sampler", "/testing/sample"), ("lab", "/testing/lab"), ("grid", "/testing/grid"),
                           ("epidemiologist", "/testing/rounds")):
        shown = login(app, username).get(path)
        page_shows(shown, absent=['data-testid="nav-manage"', 'action="/testing/manage'])
    lab = login(app, "lab").get("/testing/lab")
    page_shows(lab, testids=["lab-recalls", "upload-form"], absent=['data-testid="close-round"'])

    # A page opened directly has the frame and a way back: the QR card alone.
    qr = login(app, "resident").get("/codes/me/qr")
    page_shows(qr, "返回我的健康码", testids=["code-card", "back"])
    assert 'class="mainnav"' in qr.text and 'href="/codes/me"' in qr.text


# ---- item 9 and the lab's recalls: the queue estimate, sites near home, the public page ---------------


def _pool(db: Any, sampler: Any, *, barcode: str, site_id: int, round_id: int, persons: list[int],
          at: datetime, size: int = 20) -> None:
    clock.set_clock(at)
    testing.open_tube(db, sampler, barcode=barcode, site_id=site_id, round_id=round_id, pool_size=size)
    for index, pid in enumerate(persons):
        clock.set_clock(at + timedelta(seconds=30 * index))
        testing.add_sample(db, sampler, barcode=barcode, person_id=pid)


def _result_file(barcode: str, tested: datetime) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["条码", "结果", "ORF1ab Ct", "N Ct", "检测时间", "报告时间"])
    sheet.append([barcode, "阳性", 31.0, 32.0, tested, tested])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def sites_world(city_url: str) -> Iterator[dict[str, Any]]:
    """Two sites in the resident's district (one in their community, one on another street), one in
    another district; 3 persons sampled 40 minutes ago in a tube sealed before the half hour and 12 in
    the last 20 minutes at the community's site; that tube tested positive by the demo lab."""
    clock.set_clock(NOW - timedelta(hours=3))
    with transaction(city_url) as db:
        who = demo_cast(db)
        commander, sampler, resident = who["commander"], who["sampler"], who["resident"]
        home = registry.resident_location(db, commander, resident.person_id, purpose="test world")  # type: ignore[arg-type]
        other_street = next(p for p in registry.places_at_levels(db, home.district_id, ("street",))  # type: ignore[arg-type]
                            if p.id != home.street_id)
        other_district = next(d for d in registry.districts(db) if d.id != home.district_id)
        near = testing.create_site(db, commander, name="本社区采样点", place_id=home.community_id,  # type: ignore[arg-type]
                                   venue_id=sampler.venue_id, opens="07:00", closes="19:00")
        far = testing.create_site(db, commander, name="邻街采样点", place_id=other_street.id, opens="18:00",
                                  closes="22:00")
        testing.create_site(db, commander, name="外区采样点", place_id=other_district.id, opens="07:00",
                            closes="19:00")
        lab = testing.create_lab(db, commander, name="测试实验室", daily_capacity=50_000, venue_id=who["lab"].venue_id)
        rnd = testing.create_round(db, commander, name="区域核酸", kind="district", place_ids=[home.district_id],  # type: ignore[list-item]
                                   starts_at=NOW - timedelta(hours=3), ends_at=NOW + timedelta(hours=8))
        persons = sorted(r.person_id for r in registry.residents_under(
            db, commander, {"district": {home.district_id}}, purpose="test world"))[:15]  # type: ignore[dict-item]
        _pool(db, sampler, barcode="EARLY0001", site_id=near.id, round_id=rnd.id, persons=persons[:3],
              at=NOW - timedelta(minutes=40))
        clock.set_clock(NOW - timedelta(minutes=35))
        testing.seal_tube(db, sampler, "EARLY0001")
        _pool(db, sampler, barcode="QUEUE0001", site_id=near.id, round_id=rnd.id, persons=persons[3:15],
              at=NOW - timedelta(minutes=20))
        testing.seal_tube(db, sampler, "QUEUE0001")
        box = testing.box_tubes(db, sampler, site_id=near.id, barcodes=["QUEUE0001"])
        batch = testing.send_batch(db, sampler, lab_id=lab.id, box_ids=[box.id])
        clock.set_clock(NOW - timedelta(minutes=5))
        testing.receive_batch(db, who["lab"], batch.id)
        flows.import_result_file(db, who["lab"], content=_result_file("QUEUE0001", NOW - timedelta(minutes=2)),
                                 filename="r.xlsx")
        finder.set_day_notice(db, commander, text="市民出门做核酸采样时，记得添衣保暖", day=NOW.date())
        world = {"near": near.id, "far": far.id, "district": home.district_id, "street": home.street_id,
                 "persons": persons}
    clock.set_clock(NOW)
    yield world


def test_the_queue_estimate_counts_the_last_half_hour_per_site(db: Any, sites_world: dict[str, Any]) -> None:
    estimates = finder.queue_estimates(db, [sites_world["near"], sites_world["far"]], NOW)
    near, far = estimates[sites_world["near"]], estimates[sites_world["far"]]
    assert (near.sampled, near.per_minute, near.level) == (12, 0.4, "steady")
    assert near.minutes_per_ten == 25
    assert (far.sampled, far.level, far.minutes_per_ten) == (0, "none", None)
    # Half an hour later the twelve are out of the window too.
    later = finder.queue_estimates(db, [sites_world["near"]], NOW + timedelta(minutes=31))
    assert later[sites_world["near"]].sampled == 0


def test_a_resident_sees_the_sites_near_home_with_hours_queue_and_notice(city_url: str,
                                                                          sites_world: dict[str, Any]) -> None:
    app = create_app(city_url)
    page = login(app, "resident").get("/")
    text = page_shows(page, "附近的核酸采样点", "市民出门做核酸采样时，记得添衣保暖", "开放时间 07:00–19:00",
                      "近半小时采样 12 人", "本社区", testids=["sites-near-home", "day-notice"],
                      absent=["外区采样点"])
    assert text.index("本社区采样点") < text.index("邻街采样点")  # open and nearest first
    assert 'data-testid="site-closed"' in page.text  # the evening site, closed at 10:00, is marked
    english = login(app, "resident")
    english.get("/lang/en")
    page_shows(english.get("/"), "Sampling sites near you", "12 sampled in the last half hour", "Open 07:00–19:00")


def test_the_public_page_lists_a_streets_sites_without_a_login(city_url: str, sites_world: dict[str, Any]) -> None:
    from fastapi.testclient import TestClient

    anonymous = TestClient(create_app(city_url))
    chooser = anonymous.get("/public/sampling")
    page_shows(chooser, "核酸采样点查询", "市民出门做核酸采样时，记得添衣保暖", testids=["public-sites-form"])
    page = anonymous.get(f"/public/sampling?place={sites_world['street']}")
    text = page_shows(page, "本社区采样点", "邻街采样点", "近半小时采样 12 人", "市民出门做核酸采样时，记得添衣保暖",
                      testids=["public-sites"], absent=["外区采样点"])
    assert text.index("本社区采样点") < text.index("邻街采样点")
    page_shows(anonymous.get("/public/sampling?place=999999999"), "请选择区县或街道", status=404)


def test_a_lab_sees_the_recalls_its_results_caused_and_no_names(city_url: str, sites_world: dict[str, Any]) -> None:
    app = create_app(city_url)
    lab = login(app, "lab").get("/testing/lab")
    page_shows(lab, "本机构结果引起的复采", "混采管 QUEUE0001", "召回 12 人：待复采 12，已复采 0，已出结果 0",
               testids=["lab-recalls", "lab-recall-tube"])
    home = login(app, "lab").get("/")
    page_shows(home, "本机构结果引起的复采", "共 12 人次", "来自 1 个阳性混采管", testids=["go-lab-recalls"])
    with transaction(city_url) as db:
        names = registry.person_views(db, sites_world["persons"][3:15])
        total, tubes = finder.lab_recalls(db, persona_in(db, "lab"))
    assert total == 12 and [t.barcode for t in tubes] == ["QUEUE0001"]
    for view in names.values():
        assert view.name not in lab.text  # not even masked: the lab needs the progress, not the people


def test_the_public_page_is_built_once_for_a_crowd(city_url: str, sites_world: dict[str, Any],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Anonymous readers get it from the public cache (web.publiccache): the half-hour count runs once per
    entry, however many residents open the page, and a logged-in reader is never served the cached copy."""
    from fastapi.testclient import TestClient

    from fangkong.web import publiccache

    counted: list[int] = []
    real = finder.queue_estimates
    monkeypatch.setattr(finder, "queue_estimates", lambda *a, **k: counted.append(1) or real(*a, **k))
    monkeypatch.setattr(publiccache, "VERSION_EVERY_S", 0.0)
    app = create_app(city_url)
    path = f"/public/sampling?place={sites_world['street']}"
    first = TestClient(app).get(path)
    for _ in range(5):
        assert TestClient(app).get(path).text == first.text
    assert len(counted) == 1 and "近半小时采样 12 人" in first.text
    login(app, "grid").get(path)
    assert len(counted) == 2


# ---- the same operations as a matrix: every demo role (expected outcomes written out) ----------------

MANAGE_OPERATIONS = ("create_site", "site_hours", "create_lab", "close_round", "schedule", "city_notice",
                     "district_notice")
Y, N = "allowed", "denied"
MANAGE_MATRIX = {
    "commander": (Y, Y, Y, Y, Y, Y, Y),
    "district": (Y, Y, Y, Y, N, N, Y),  # in 万柏林区; routine schedules and city notices are city-wide
    "street": (N, N, Y, N, N, N, N),  # a street's staff: not the district's place, round or notice
    "grid": (N,) * 7, "sampler": (N,) * 7, "lab": (N,) * 7, "epidemiologist": (N,) * 7, "quarantine": (N,) * 7,
    "checkpoint": (N,) * 7, "property": (N,) * 7, "resident": (N,) * 7, "hotline": (N,) * 7, "auditor": (N,) * 7,
}


@pytest.mark.parametrize("username", sorted(MANAGE_MATRIX))
def test_who_may_manage_rounds_sites_labs_schedules_and_notices(db: Any, username: str) -> None:
    from fangkong.core.errors import PermissionDenied

    who = demo_cast(db)
    commander = who["commander"]
    district = registry.get_place(db, commander, who["district"].jurisdiction_id)  # type: ignore[arg-type]
    street = registry.places_at_levels(db, district.id, ("street",))[0]
    site = testing.create_site(db, commander, name="矩阵采样点", place_id=street.id)
    rnd = testing.create_round(db, commander, name="矩阵轮次", kind="district", place_ids=[district.id],
                               starts_at=NOW - timedelta(hours=1), ends_at=NOW + timedelta(hours=5))
    actor = persona_in(db, username)
    operations = {
        "create_site": lambda: testing.create_site(db, actor, name="新采样点", place_id=street.id),
        "site_hours": lambda: testing.set_site_hours(db, actor, site.id, opens="07:00", closes="19:00"),
        "create_lab": lambda: testing.create_lab(db, actor, name="新实验室", daily_capacity=1000),
        "close_round": lambda: testing.close_round(db, actor, rnd.id),
        "schedule": lambda: testing.set_schedule(db, actor, group="matrix", name_zh="矩阵", name_en="matrix"),
        "city_notice": lambda: finder.set_day_notice(db, actor, text="全市提示"),
        "district_notice": lambda: finder.set_day_notice(db, actor, text="区提示", district_id=district.id),
    }
    outcomes = []
    for name in MANAGE_OPERATIONS:
        try:
            with db.begin_nested():
                operations[name]()
            outcomes.append(Y)
        except PermissionDenied:
            outcomes.append(N)
    assert tuple(outcomes) == MANAGE_MATRIX[username], dict(zip(MANAGE_OPERATIONS, outcomes, strict=True))
