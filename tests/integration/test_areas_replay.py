"""The demo's 2022 replayed through the command line on a generated city: `fangkong notices load
--publish` loads the drill notices in date order, `fangkong areas at --json` gives the active set on
days before, between and after them (automatic lifting under each policy, a notice-driven lift, an
infection that delays one lifting), `fangkong areas history` each place's steps. Both databases."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from fangkong.cli import app
from fangkong.core.db import get_engine
from fangkong.core.scope import system_actor
from fangkong.drill.demo import DEMO_NOTICES, load_history
from fangkong.registry import service as registry

runner = CliRunner()
ACTOR = system_actor("tests")


def cli(url: str, *args: str) -> str:
    result = runner.invoke(app, [*args, "--database", url])
    assert result.exit_code == 0, result.output
    return result.stdout


def active(url: str, moment: str, *extra: str) -> dict[str, str]:
    found = json.loads(cli(url, "areas", "at", moment, "--json", *extra))
    assert found["count"] == len(found["areas"])
    return {area["label"]: area["level"] for area in found["areas"]}


def place_of(url: str, district: str, norm: str, level: str) -> int:
    with Session(get_engine(url)) as db:
        district_id = next(d.id for d in registry.districts(db) if d.name == district)
        found = registry.places_by_norm(db, district_id, {norm}, levels=(level,))[norm]
    assert len(found) == 1
    return found[0].id


@pytest.fixture(scope="module")
def replayed(city_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The module's city with the drill notices loaded and published (given in reverse order and as
    a folder plus one file twice: the command sorts by date and skips what it already has)."""
    folder = tmp_path_factory.mktemp("notices")
    for path in DEMO_NOTICES.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    newest = sorted(folder.glob("*.txt"))[-1]
    output = cli(city_url, "notices", "load", str(newest), str(folder), "--publish")
    assert "7 份通告已载入 notices drafted, 7 已发布 published, 0 处待核对" in output
    assert "already loaded" in output  # the newest file was named twice
    listed = json.loads(cli(city_url, "notices", "list", "--json"))
    assert [n["number"] for n in listed] == ["2022年第203号", "2022年第199号", "2022年第187号", "2022年第121号",
                                             "2022年第90号", "2022年第41号", "2022年第32号"]
    assert {n["state"] for n in listed} == {"published"}
    assert [n["policy"] for n in listed][::3] == ["twenty_measures", "ninth_edition", "taiyuan_2022_04"]
    return city_url


def test_april_zones_under_the_taiyuan_april_policy(replayed: str) -> None:
    assert active(replayed, "2022-04-07T23:59") == {}
    first = {"小店区太航小区6号楼": "sealed", "万柏林区鑫美天地4号楼": "sealed",
             "小店区太航小区": "controlled", "万柏林区鑫美天地": "controlled"}
    assert active(replayed, "2022-04-09T12:00") == first
    # No. 41 from 12 April 12:00: a building of the controlled compound sealed, a compound controlled.
    second = {**first, "小店区太航小区7号楼": "sealed", "杏花岭区德祥六院小区": "controlled"}
    assert active(replayed, "2022-04-13T08:00") == second
    # Seven whole days (8th..14th) without a new infection: sealed -> controlled, controlled -> precaution.
    assert active(replayed, "2022-04-15T08:00") == {
        "小店区太航小区6号楼": "controlled", "万柏林区鑫美天地4号楼": "controlled", "小店区太航小区": "precaution",
        "万柏林区鑫美天地": "precaution", "小店区太航小区7号楼": "sealed", "杏花岭区德祥六院小区": "controlled"}
    # The building sealed at 12:00 counts from the 13th: controlled on the 20th, precaution on the 27th,
    # the zone ends on 4 May.
    assert active(replayed, "2022-05-03T23:00") == {"小店区太航小区7号楼": "precaution"}
    assert active(replayed, "2022-05-04T00:00") == {}


def test_summer_areas_under_the_ninth_edition(replayed: str) -> None:
    assert active(replayed, "2022-07-09T23:00") == {}
    assert active(replayed, "2022-07-12T12:00") == {
        "小店区保利东郡2期": "high", "迎泽区老军营小区北区7号楼": "medium", "小店区恒大翡翠华庭3号楼": "medium"}
    # High: 7 days -> medium on the 17th, 3 more -> low (not listed) on the 20th; medium: 7 days -> low.
    assert active(replayed, "2022-07-17T00:00") == {"小店区保利东郡2期": "medium"}
    assert active(replayed, "2022-07-20T00:00") == {}
    # No. 121 "即日起" on 3 August.
    assert active(replayed, "2022-08-04T09:00") == {
        "杏花岭区富力桃园": "high", "杏花岭区纺织苑小区3号楼": "medium", "尖草坪区滨河苑2号楼": "medium"}
    assert active(replayed, "2022-08-10T00:00") == {"杏花岭区富力桃园": "medium"}
    assert active(replayed, "2022-08-13T00:00") == {}


DECEMBER_HIGH = {"小店区御公馆8号楼": "high", "小店区恒大翡翠华庭7号楼": "high", "迎泽区老军营小区北区18号楼": "high",
                 "杏花岭区纺织苑小区3号楼2单元": "high", "清徐县北辰苑小区1号楼": "high"}


def test_winter_areas_under_the_twenty_measures_with_notice_lifts(replayed: str) -> None:
    november = {"尖草坪区汇阳小区2号楼": "high", "尖草坪区清泉小区3号楼1单元": "high",
                "尖草坪区滨河苑5号楼2单元": "high", "万柏林区华峪南区1号楼": "high"}
    assert active(replayed, "2022-11-28T23:00") == {}
    assert active(replayed, "2022-11-30T12:00") == november
    # No. 199 adjusts 汇阳小区2号楼 to low two days before its automatic lifting and the compound of
    # 清泉小区 to low except the unit that stays high; five new high areas.
    december = {**{k: v for k, v in november.items() if "汇阳" not in k}, **DECEMBER_HIGH}
    assert active(replayed, "2022-12-03T12:00") == december
    listed = active(replayed, "2022-12-03T12:00", "--all")
    # --all adds the areas at a level that is no risk area: those two, and the summer's lifted to low.
    assert {k: v for k, v in listed.items() if v != "low"} == december
    low = {k for k, v in listed.items() if v == "low"}
    assert {"尖草坪区汇阳小区2号楼", "尖草坪区清泉小区", "小店区保利东郡2期"} <= low
    only = active(replayed, "2022-12-03T12:00", "--district", "小店区")
    assert only == {"小店区御公馆8号楼": "high", "小店区恒大翡翠华庭7号楼": "high"}
    # November's areas end after 5 whole days (29th..3rd): 4 December 0:00.
    assert active(replayed, "2022-12-04T10:00") == DECEMBER_HIGH
    # No. 203 lifts two of them from 5 December 12:00.
    remaining = {k: v for k, v in DECEMBER_HIGH.items() if "御公馆" not in k and "18号楼" not in k}
    assert active(replayed, "2022-12-05T11:59") == DECEMBER_HIGH
    assert active(replayed, "2022-12-05T13:00") == remaining
    history = json.loads(cli(replayed, "areas", "history", str(place_of(replayed, "小店区", "御公馆8号楼", "building")),
                             "--at", "2022-12-31", "--json"))
    assert [(s["at"], s["level"], s["cause"], s["notice_number"]) for s in history["steps"]] == [
        ("2022-12-02T00:00:00", "high", "notice", "2022年第199号"),
        ("2022-12-05T12:00:00", None, "notice", "2022年第203号")]


def test_an_infection_delays_one_automatic_lifting(replayed: str) -> None:
    building = place_of(replayed, "清徐县", "北辰苑小区1号楼", "building")
    assert active(replayed, "2022-12-07T00:00") == {}  # five whole days (2nd..6th) without infection
    with Session(get_engine(replayed)) as db:
        residents = registry.residents_under(db, ACTOR, {"building": {building}}, purpose="test case")
        db.commit()
    person = min(r.person_id for r in residents)
    output = cli(replayed, "cases", "record", str(person), "--kind", "confirmed", "--at", "2022-12-04T09:00")
    assert "recorded" in output
    # The count restarts the day after the infection (5th..9th): lifted on 10 December 0:00.
    assert active(replayed, "2022-12-07T00:00") == {"清徐县北辰苑小区1号楼": "high"}
    listed = json.loads(cli(replayed, "areas", "at", "2022-12-05T12:00", "--json"))["areas"]
    assert [a["lift_expected"] for a in listed if a["label"] == "清徐县北辰苑小区1号楼"] == ["2022-12-10T00:00:00"]
    assert active(replayed, "2022-12-09T23:59") == {"清徐县北辰苑小区1号楼": "high"}
    assert active(replayed, "2022-12-10T00:00") == {}
    steps = json.loads(cli(replayed, "areas", "history", str(building), "--at", "2022-12-31", "--json"))["steps"]
    assert [(s["at"], s["level"], s["cause"]) for s in steps] == [
        ("2022-12-02T00:00:00", "high", "notice"), ("2022-12-10T00:00:00", "low", "lifting")]
    assert "5天无新增" in steps[-1]["reason_zh"]


@pytest.mark.parametrize("args, message", [
    (["areas", "at", "2022-13-45"], "时间格式不对"),
    (["areas", "history", "999999999"], "地点不存在"),
    (["cases", "record", "999999999", "--kind", "confirmed", "--at", "2022-12-04T09:00"], "人员不存在"),
    (["cases", "record", "1", "--kind", "flu", "--at", "2022-12-04T09:00"], "病例类型"),
    (["city", "generate", "--population", "10"], "已有城市"),
])
def test_refusals_are_clean_messages_with_exit_code_1(replayed: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, [*args, "--database", replayed])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_unreadable_and_listless_files_fail_without_writing(replayed: str, tmp_path: Path) -> None:
    (tmp_path / "weather.txt").write_text("关于天气的通知\n明天晴。", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\xff\x00\xfe\x81")
    result = runner.invoke(app, ["notices", "load", str(tmp_path), "--publish", "--database", replayed])
    assert result.exit_code == 1
    assert "未能从正文中读出任何风险区域变更" in result.output
    assert len(json.loads(cli(replayed, "notices", "list", "--json"))) == 7


def test_the_demo_loads_its_history_once(fresh_city_url: str) -> None:
    db_url = fresh_city_url
    report = load_history(db_url)
    assert (report.notices, report.published, report.review, report.cases) == (7, 7, 0, 1)
    assert active(db_url, "2022-12-07T12:00") == {"清徐县北辰苑小区1号楼": "high"}
    again = load_history(db_url)  # already there: nothing is applied twice
    assert (again.notices, again.cases, len(again.skipped)) == (0, 0, 7)


def test_a_notice_built_from_changes_is_written_parsed_and_applied(fresh_city_url: str) -> None:
    from fangkong.areas import service
    from fangkong.core.db import transaction

    db_url = fresh_city_url
    with transaction(db_url) as db:
        notice = service.draft_from_changes(db, ACTOR, {
            "issuer": "太原市新冠肺炎疫情防控工作领导组办公室", "number": "2022年第210号",
            "published": "2022-12-08", "effective": "2022-12-08T12:00:00",
            "changes": [{"action": "add", "level_from": None, "level_to": "high", "district": "小店区",
                         "stated_count": 2, "places": ["太航小区1号楼", "御公馆(8号楼除外)"]}]})
        assert notice.text.startswith("太原市新冠肺炎疫情防控工作领导组办公室关于调整高风险区的通告\n（2022年第210号）")
        assert "自2022年12月8日12时起" in notice.text
        assert "小店区（2个）：太航小区1号楼，御公馆（8号楼除外）。" in notice.text
        view = service.notice_view(db, ACTOR, notice.id)
        assert view.warnings == [] and view.counts == {"matched": 2}
        service.publish(db, ACTOR, notice.id)
    assert active(db_url, "2022-12-09T00:00") == {"小店区太航小区1号楼": "high", "小店区御公馆": "high"}
