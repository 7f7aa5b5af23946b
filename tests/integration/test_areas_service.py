"""Notices through the areas service on a generated city: resolution, review, publishing, replay
under each policy, lifting delayed by infections, exceptions, persons' levels. Both databases."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.areas import service as areas
from fangkong.core.audit import AuditQuery, search
from fangkong.core.errors import InvalidInput, PermissionDenied
from fangkong.core.scope import Actor, system_actor
from fangkong.registry import service as registry
from fangkong.registry.idnumber import make_number
from fangkong.registry.models import Person, Place
from fangkong.tracing import service as tracing

SEED = Path(__file__).parents[1] / "fixtures" / "notices" / "seed_198_newspaper.txt"
COMMANDER = system_actor("tests")




def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def place_id(db: Session, norm: str, level: str) -> int:
    found = db.scalars(select(Place.id).where(Place.name_norm == norm, Place.level == level)).all()
    assert len(found) == 1, (norm, level, found)
    return found[0]


_made = iter(range(1, 999))


def resident_of(db: Session, norm: str) -> int:
    """A new resident of a unit (a persona built through the registry service, not a row behind its back)."""
    unit = place_id(db, norm, "unit")
    household = registry.create_household(db, COMMANDER, unit_id=unit, door=f"{next(_made)}01")
    number = make_number("140105", datetime(1980, 5, 17).date(), next(_made))
    return registry.create_person(db, COMMANDER, id_number=number, name="测试居民", household_id=household.id).id


def settle_review(db: Session, notice_id: int) -> list[str]:
    """Settle every waiting place: its best candidate, else a free-form block. Returns the texts."""
    texts = []
    for row in areas.review_queue(db, COMMANDER, notice_id):
        texts.append(row.text)
        if row.options:
            best = row.options[0]
            areas.resolve_place(db, COMMANDER, row.id, place_id=best.get("place_id"), venue_id=best.get("venue_id"))
        else:
            areas.resolve_place(db, COMMANDER, row.id, block=True)
    return texts


def publish_text(db: Session, text: str) -> int:
    notice = areas.draft_notice(db, COMMANDER, text, default_year=2022)
    settle_review(db, notice.id)
    areas.publish(db, COMMANDER, notice.id)
    return notice.id


def active_labels(db: Session, moment: str) -> dict[str, str]:
    return {a.label: a.level or "" for a in areas.areas_at(db, at(moment))}


def test_seed_notice_resolves_with_a_short_review_queue(db: Session) -> None:
    notice = areas.draft_notice(db, COMMANDER, SEED.read_text(encoding="utf-8"), default_year=2022)
    assert notice.number == "2022年第198号"
    assert notice.policy_key == "twenty_measures"  # 2 Dec 2022: after the twenty measures of 11 Nov
    view = areas.notice_view(db, COMMANDER, notice.id)
    assert view.warnings == []
    high = [c for c in view.changes if c.level_to == "high"]
    low = [c for c in view.changes if c.level_to == "low"]
    assert sum(len(c.places) for c in high) == 42 and len(high) == 7
    assert sum(len(c.places) for c in low) == 33 and len(low) == 6
    rows = {p.text: p for c in view.changes for p in c.places}
    # Written the office's way, matched the registry's way.
    assert rows["营村小区1栋1单元"].state == "matched" and rows["营村小区1栋1单元"].level == "unit"
    assert rows["营村小区1栋1单元"].label.endswith("营村小区1号楼1单元")
    assert rows["坞城中路47号煤校宿舍2号楼"].match_kind == "road"
    assert rows["光社街道太钢东门海友酒店"].level == "venue"
    assert rows["清源镇孔村"].level in ("compound", "community") and rows["清源镇孔村"].label.endswith("孔村")
    excepted = rows["西吴御龙庭小区(1号楼2单元除外)"]
    assert excepted.state == "matched" and excepted.level == "compound"
    unit = place_id(db, "西吴御龙庭小区1号楼2单元", "unit")
    assert excepted.exclusions == [("1号楼2单元", unit)]
    # Nothing dropped: every place is matched or waits; the uncertain ones wait with candidates.
    waiting = {p.text for p in areas.review_queue(db, COMMANDER, notice.id)}
    assert waiting == {"东湖街道城南嘉园1单元", "寇庄南街北二巷", "程东矿机宿舍北区", "桃园北路193号6号楼"}
    assert all(rows[t].options for t in waiting - {"寇庄南街北二巷"})
    assert view.counts == {"matched": 71, "review": 4}


def test_publish_waits_for_review_and_is_audited(db: Session, auditor: Actor) -> None:
    notice = areas.draft_notice(db, COMMANDER, SEED.read_text(encoding="utf-8"), default_year=2022)
    with pytest.raises(InvalidInput) as refused:
        areas.publish(db, COMMANDER, notice.id)
    assert "4" in refused.value.zh
    assert areas.areas_at(db, at("2022-12-03T12:00")) == []  # a draft applies to nobody
    settled = settle_review(db, notice.id)
    assert len(settled) == 4 and areas.review_queue(db, COMMANDER, notice.id) == []
    areas.publish(db, COMMANDER, notice.id)
    with pytest.raises(InvalidInput):
        areas.resolve_place(db, COMMANDER, areas.notice_view(db, COMMANDER, notice.id).changes[0].places[0].id,
                            block=True)
    db.flush()
    _total, entries = search(db, auditor, AuditQuery(subject_type="notice"))
    ops = [e.detail for e in entries if e.subject_id == str(notice.id)]
    assert any('"publish"' in d for d in ops) and any('"draft"' in d for d in ops)


def test_roles_without_notice_rights_cannot_draft(db: Session, grid_worker: Actor) -> None:
    with pytest.raises(PermissionDenied):
        areas.draft_notice(db, grid_worker, SEED.read_text(encoding="utf-8"))
    with pytest.raises(InvalidInput):
        areas.draft_notice(db, COMMANDER, "关于天气的通知\n明天晴。")


def test_replay_under_twenty_measures_with_lifting_and_an_infection(db: Session) -> None:
    publish_text(db, SEED.read_text(encoding="utf-8"))
    assert active_labels(db, "2022-12-01T12:00") == {}
    day3 = active_labels(db, "2022-12-03T12:00")
    assert len(day3) == 42 and set(day3.values()) == {"high"}
    # Twenty measures: high -> low after 5 whole days without a new infection. The notice is effective
    # from 2 Dec 0:00, so the 2nd..6th count and the areas end at 7 Dec 00:00.
    assert len(active_labels(db, "2022-12-06T23:59")) == 42
    assert active_labels(db, "2022-12-07T00:00") == {}
    # An infection in one unit on 5 Dec restarts its count: 6th..10th, lifted 11 Dec 00:00.
    unit = place_id(db, "保利东郡2期11号楼2单元", "unit")
    resident = resident_of(db, "保利东郡2期11号楼2单元")
    tracing.record_case(db, COMMANDER, person_id=resident, kind="confirmed", reported_at=at("2022-12-05T09:00"))
    still = active_labels(db, "2022-12-10T23:00")
    assert list(still) == ["小店区保利东郡2期11号楼2单元"]
    assert active_labels(db, "2022-12-11T00:00") == {}
    history = areas.place_history(db, unit, at("2022-12-20T00:00"))
    assert [(s.cause, s.level, s.at) for s in history] == [
        ("notice", "high", at("2022-12-02T00:00")), ("lifting", "low", at("2022-12-11T00:00"))]
    assert "5天无新增" in history[-1].reason_zh


def test_exception_takes_the_unit_out_and_most_specific_area_wins(db: Session) -> None:
    notice_id = publish_text(db, SEED.read_text(encoding="utf-8"))
    unit = place_id(db, "西吴御龙庭小区1号楼2单元", "unit")
    compound = place_id(db, "西吴御龙庭小区", "compound")
    in_unit = resident_of(db, "西吴御龙庭小区1号楼2单元")
    elsewhere = resident_of(db, "西吴御龙庭小区2号楼1单元")
    assert db.get(Person, elsewhere).compound_id == compound
    moment = at("2022-12-03T12:00")
    assert areas.person_level(db, COMMANDER, in_unit, moment).level == "high"
    assert areas.person_level(db, COMMANDER, elsewhere, moment) is None  # low is not an active area
    levels = areas.resident_levels(db, COMMANDER, moment, include_inactive=True)
    assert levels[in_unit].level == "high" and levels[elsewhere].level == "low"
    impact = areas.persons_affected(db, COMMANDER, notice_id)
    assert impact.persons[in_unit] == "high" and impact.persons[elsewhere] == "low"
    in_units = set(db.scalars(select(Person.id).where(Person.unit_id == unit)))
    assert {p for p, level in impact.persons.items() if level == "high"} >= in_units


NINTH = """关于调整风险区域的通告
(2022年第90号)
经专家研判,自2022年7月10日0时起,将以下区域划定为高风险区:
小店区(1个):保利东郡2期。
将以下区域划定为中风险区:
迎泽区(1个):老军营小区北区7号楼。
市疫情防控办
2022年7月9日
"""

APRIL = """太原市疫情防控领导小组办公室通告
(2022年第32号)
关于新增封控区、管控区的通告
现将新增封控区、管控区名单通告如下:
一、封控区
(一)小店区
保利东郡2期11号楼。
二、管控区
(一)小店区
保利东郡2期全域。
本通告自2022年4月8日起执行。
太原市疫情防控领导小组办公室
2022年4月8日
"""


def test_replay_under_the_ninth_edition(db: Session) -> None:
    publish_text(db, NINTH)
    first = {a.label: a.level for a in areas.areas_at(db, at("2022-07-10T12:00"))}
    assert first == {"小店区保利东郡2期": "high", "迎泽区老军营小区北区7号楼": "medium"}
    # From 10 July 0:00. High: 7 whole days (10th..16th) -> medium on the 17th; 3 more (17th..19th) -> low
    # on the 20th. Medium from the notice: 7 whole days -> low on the 17th.
    assert {a.label: a.level for a in areas.areas_at(db, at("2022-07-16T23:00"))} == first
    assert {a.label: a.level for a in areas.areas_at(db, at("2022-07-17T00:00"))} == {"小店区保利东郡2期": "medium"}
    assert {a.label: a.level for a in areas.areas_at(db, at("2022-07-19T23:59"))} == {"小店区保利东郡2期": "medium"}
    assert areas.areas_at(db, at("2022-07-20T00:00")) == []


def test_replay_under_the_april_2022_policy_with_nested_zones(db: Session) -> None:
    notice_id = publish_text(db, APRIL)
    notice = areas.notice_view(db, COMMANDER, notice_id).notice
    assert notice.policy_key == "taiyuan_2022_04"
    moment = at("2022-04-09T12:00")
    found = {a.label: a.level for a in areas.areas_at(db, moment)}
    assert found == {"小店区保利东郡2期11号楼": "sealed", "小店区保利东郡2期": "controlled"}
    inside = resident_of(db, "保利东郡2期11号楼1单元")
    beside = resident_of(db, "保利东郡2期1号楼1单元")
    assert areas.person_level(db, COMMANDER, inside, moment).level == "sealed"
    assert areas.person_level(db, COMMANDER, beside, moment).level == "controlled"
    # From 8 April (0:00): sealed -> controlled after 7 days (8th..14th) on the 15th; the compound goes
    # from controlled to precaution the same day.
    assert {a.label: a.level for a in areas.areas_at(db, at("2022-04-14T23:00"))} == found
    later = {a.label: a.level for a in areas.areas_at(db, at("2022-04-15T08:00"))}
    assert later == {"小店区保利东郡2期11号楼": "controlled", "小店区保利东郡2期": "precaution"}


def test_a_later_notice_overrides_and_lift_ends_an_area(db: Session) -> None:
    publish_text(db, NINTH)
    publish_text(db, """关于解除高风险区的通告
自2022年7月12日12时起,解除以下区域的高风险区管理:
小店区:保利东郡2期。
市疫情防控办
2022年7月12日
""")
    assert {a.label for a in areas.areas_at(db, at("2022-07-12T11:00"))} == {"小店区保利东郡2期",
                                                                               "迎泽区老军营小区北区7号楼"}
    assert {a.label for a in areas.areas_at(db, at("2022-07-12T13:00"))} == {"迎泽区老军营小区北区7号楼"}
